/** Small dense linear algebra on row-major number[][] matrices; sizes here are tens of assets. */

export type Matrix = number[][];

export function zeros(n: number, m = n): Matrix {
  return Array.from({ length: n }, () => new Array<number>(m).fill(0));
}

export function identity(n: number): Matrix {
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i]![i] = 1;
  return out;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export function matVec(m: Matrix, v: ArrayLike<number>): number[] {
  return m.map((row) => dot(row, v));
}

/** x' M x */
export function quadForm(m: Matrix, x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < m.length; i++) {
    const row = m[i]!;
    let r = 0;
    for (let j = 0; j < row.length; j++) r += row[j]! * x[j]!;
    s += x[i]! * r;
  }
  return s;
}

/** Covariance from volatilities and a correlation matrix: cov_ij = s_i s_j rho_ij. */
export function covarianceFrom(vols: readonly number[], corr: Matrix): Matrix {
  return corr.map((row, i) => row.map((rho, j) => vols[i]! * vols[j]! * rho));
}

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: slow in theory, exact
 * enough and dependency-free for the matrix sizes an asset-allocation model uses.
 */
export function symmetricEigen(input: Matrix): { values: number[]; vectors: Matrix } {
  const n = input.length;
  const a = input.map((row) => row.slice());
  const v = identity(n);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i]![j]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i]!), vectors: v };
}

/** V diag(values) V' */
export function fromEigen(values: readonly number[], vectors: Matrix): Matrix {
  const n = values.length;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += vectors[i]![k]! * values[k]! * vectors[j]![k]!;
      out[i]![j] = s;
      out[j]![i] = s;
    }
  }
  return out;
}

/** Lower Cholesky factor, or null when the matrix is not positive definite. */
export function cholesky(m: Matrix): Matrix | null {
  const n = m.length;
  const l = zeros(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (!(s > 0)) return null;
        l[i]![i] = Math.sqrt(s);
      } else {
        l[i]![j] = s / l[j]![j]!;
      }
    }
  }
  return l;
}

/** Solves (L L') x = b given the lower Cholesky factor L. */
export function choleskySolve(l: Matrix, b: ArrayLike<number>): number[] {
  const n = l.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let v = b[i]!;
    for (let k = 0; k < i; k++) v -= l[i]![k]! * y[k]!;
    y[i] = v / l[i]![i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let v = y[i]!;
    for (let k = i + 1; k < n; k++) v -= l[k]![i]! * y[k]!;
    y[i] = v / l[i]![i]!;
  }
  return y;
}

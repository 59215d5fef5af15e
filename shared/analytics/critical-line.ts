import { cholesky, choleskySolve, dot, type Matrix } from './linalg';
import type { LinearConstraint, QpSolution } from './qp';

/**
 * The critical line algorithm (Markowitz 1956) for general linear constraints: minimises
 * 1/2 w'Sw - lambda mu'w subject to the constraints for lambda rising from 0 (the minimum-variance
 * portfolio). While the set of binding constraints (the working set) stays the same, the weights
 * and multipliers are affine in lambda; a corner portfolio is where an inequality starts to bind or
 * a binding one's multiplier falls to zero. Each solution is also the minimum-variance portfolio
 * for its own return, lambda being the multiplier of that return constraint, so every target
 * return is an exact point on its segment rather than a fresh QP. Lambda, not the return, is the
 * parameter because at a vertex the return stays put while the multipliers move.
 *
 * Degenerate corners (binding constraints that become linearly dependent, or a working set that
 * keeps changing without progress) are not resolved here: the walk stops and the caller solves
 * the remaining targets another way.
 */

/** One stretch of the critical line with a fixed working set. */
interface Segment {
  /** Indices of the constraints held as equalities. */
  working: number[];
  /** Lambda at which the segment starts, the solution there and its rate of change per unit lambda. */
  lambda: number;
  w: number[];
  dw: number[];
  /** One multiplier per working constraint. */
  nu: number[];
  dnu: number[];
  /** Expected return at the start, and its rate of change per unit lambda (>= 0). */
  r: number;
  dr: number;
  /** Lambda at which the next corner comes, and the working set after it. */
  end: number;
  next: number[];
}

/** A slack or multiplier changing slower than this (relative to its scale) is treated as constant. */
const RATE_TOL = 1e-12;
/** A Cholesky pivot this small relative to its diagonal marks the working rows dependent. */
const PIVOT_TOL = 1e-12;
/** Corner budget per constraint before the walk is judged to be cycling. */
const CORNERS_PER_CONSTRAINT = 4;

class CriticalLine {
  private readonly rows: number[][];
  private readonly rhs: number[];
  private readonly inequality: boolean[];
  /** S^-1 a_j per constraint, computed when first needed. */
  private readonly solved: (number[] | undefined)[];
  /** S^-1 mu, the direction lambda pulls the weights in, and its scale for rate tolerances. */
  private readonly pull: number[];
  private readonly rateTol: number;

  constructor(
    private readonly factor: Matrix,
    private readonly mu: number[],
    constraints: readonly LinearConstraint[],
  ) {
    this.rows = constraints.map((c) => c.a);
    this.rhs = constraints.map((c) => c.b);
    this.inequality = constraints.map((c) => !c.equality);
    this.solved = new Array<number[] | undefined>(constraints.length);
    this.pull = choleskySolve(factor, mu);
    this.rateTol = RATE_TOL * Math.max(...this.pull.map(Math.abs));
  }

  private solveCov(j: number): number[] {
    return (this.solved[j] ??= choleskySolve(this.factor, this.rows[j]!));
  }

  /**
   * Solves the KKT system of a working set at `lambda` by the Schur complement: with C the working
   * rows, w = S^-1 (C'nu + lambda mu) and (C S^-1 C') nu = b - lambda C S^-1 mu. Null when the rows
   * are dependent.
   */
  segment(working: number[], lambda: number): Segment | null {
    const y = working.map((j) => this.solveCov(j));
    const gram = working.map((i) => y.map((yj) => dot(this.rows[i]!, yj)));
    const l = cholesky(gram);
    if (!l || l.some((row, i) => row[i]! ** 2 < PIVOT_TOL * gram[i]![i]!)) return null;
    const pulled = working.map((j) => dot(this.rows[j]!, this.pull));
    const system = { working, y, l };
    const rhs = working.map((j) => this.rhs[j]!);
    const lambdaFree = rhs.map((b, k) => b - lambda * pulled[k]!);
    const { w, nu } = this.refined(system, choleskySolve(l, lambdaFree), lambda, rhs);
    const { w: dw, nu: dnu } = this.refined(
      system,
      choleskySolve(l, pulled).map((v) => -v),
      1,
      rhs.map(() => 0),
    );
    const seg: Segment = {
      working,
      lambda,
      w,
      dw,
      nu,
      dnu,
      r: dot(this.mu, w),
      // At a vertex the weights stand still (dw is rounding noise) while the multipliers move.
      dr: dw.some((v) => Math.abs(v) > this.rateTol) ? Math.max(0, dot(this.mu, dw)) : 0,
      end: Infinity,
      next: working,
    };
    this.findCorner(seg);
    return seg;
  }

  /**
   * w = S^-1 (C'nu + scale mu), with one step of iterative refinement so that C w = target to
   * rounding: when lambda is large, that sum cancels and leaves the binding rows off by ~1e-14.
   */
  private refined(
    system: { working: number[]; y: number[][]; l: Matrix },
    nu: number[],
    scale: number,
    target: number[],
  ): { w: number[]; nu: number[] } {
    const { working, y, l } = system;
    const w = combine(y, nu, scale, this.pull);
    const fix = choleskySolve(
      l,
      working.map((j, k) => target[k]! - dot(this.rows[j]!, w)),
    );
    return { w: combine(y, fix, 1, w), nu: nu.map((v, k) => v + fix[k]!) };
  }

  /** The nearest corner: an inactive inequality reaching its bound, or a multiplier reaching zero. */
  private findCorner(seg: Segment): void {
    const inWorking = new Set(seg.working);
    let t = Infinity;
    let next = seg.working;
    this.rows.forEach((a, j) => {
      if (!this.inequality[j] || inWorking.has(j)) return;
      const rate = dot(a, seg.dw);
      if (rate >= -this.rateTol) return;
      const tj = Math.max(0, dot(a, seg.w) - this.rhs[j]!) / -rate;
      if (tj < t) [t, next] = [tj, [...seg.working, j]];
    });
    const multiplierTol = RATE_TOL * Math.max(0, ...seg.dnu.map(Math.abs));
    seg.working.forEach((j, k) => {
      if (!this.inequality[j] || seg.dnu[k]! >= -multiplierTol) return;
      const tk = Math.max(0, seg.nu[k]!) / -seg.dnu[k]!;
      if (tk < t) [t, next] = [tk, seg.working.filter((i) => i !== j)];
    });
    seg.end = seg.lambda + t;
    seg.next = next;
  }

  /** The return at the segment's end. */
  endReturn(seg: Segment): number {
    return seg.dr > 0 ? seg.r + (seg.end - seg.lambda) * seg.dr : seg.r;
  }

  /**
   * The solution returning `target` on the segment, with multipliers for every constraint and
   * lambda last, for the return constraint.
   */
  pointAt(seg: Segment, target: number): QpSolution {
    const step = seg.dr > 0 ? Math.max(0, target - seg.r) / seg.dr : 0;
    const multipliers = new Array<number>(this.rows.length + 1).fill(0);
    seg.working.forEach((j, k) => {
      multipliers[j] = seg.nu[k]! + step * seg.dnu[k]!;
    });
    multipliers[this.rows.length] = seg.lambda + step;
    return { x: seg.w.map((v, i) => v + step * seg.dw[i]!), multipliers };
  }
}

/** sum_k coef_k v_k + scale * extra */
function combine(
  vectors: readonly number[][],
  coef: readonly number[],
  scale: number,
  extra: number[],
): number[] {
  const out = extra.map((v) => scale * v);
  vectors.forEach((v, k) => {
    const c = coef[k]!;
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + c * v[i]!;
  });
  return out;
}

/** The critical line as walked: its segments in order of rising lambda (and return). */
export interface CriticalLinePath {
  /** True when the walk reached the maximum-return end; false when it stopped at a degenerate corner. */
  complete: boolean;
  /** The highest return the walk covers: the maximum return when complete. */
  reach: number;
  /**
   * The minimum-variance solution of the constraints plus mu'w >= target, multipliers in the
   * constraints' order with the return's last; undefined above `reach`.
   */
  pointAt(target: number): QpSolution | undefined;
}

/**
 * Walks the critical line of min 1/2 w'Sw subject to `constraints` from `start`, the QP solution of
 * that problem (the minimum-variance portfolio), up to the maximum-return end or the first
 * degenerate corner.
 */
export function traceCriticalLine(
  covariance: Matrix,
  mu: number[],
  constraints: readonly LinearConstraint[],
  start: QpSolution,
): CriticalLinePath {
  const factor = cholesky(covariance);
  if (!factor) return { complete: false, reach: -Infinity, pointAt: () => undefined };
  const line = new CriticalLine(factor, mu, constraints);
  // The binding set at the minimum-variance portfolio: what quadprog kept active (a positive
  // multiplier), which is linearly independent. Ties with a zero multiplier join at the first corner.
  const working = constraints.flatMap((c, j) => (c.equality || start.multipliers[j]! > 0 ? [j] : []));
  const segments: Segment[] = [];
  let seg = line.segment(working, 0);
  while (seg) {
    segments.push(seg);
    if (seg.end === Infinity || segments.length > CORNERS_PER_CONSTRAINT * constraints.length) break;
    seg = line.segment(seg.next, seg.end);
  }
  const last = segments.at(-1);
  if (!last) return { complete: false, reach: -Infinity, pointAt: () => undefined };
  const reach = line.endReturn(last);
  return {
    // Past the last corner the weights must stand still: the feasible set is bounded.
    complete: last.end === Infinity && last.dr === 0,
    reach,
    pointAt: (target) => {
      if (target > reach) return undefined;
      const on = segments.find((s) => line.endReturn(s) >= target) ?? last;
      return line.pointAt(on, target);
    },
  };
}

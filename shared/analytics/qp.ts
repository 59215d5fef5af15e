import { solveQP } from 'quadprog';
import { AppError } from '../ipc/result';
import { invalid } from './errors';
import { cholesky, choleskySolve, dot, type Matrix } from './linalg';

/** A linear constraint a·x >= b, or a·x = b when `equality`. */
export interface LinearConstraint {
  a: number[];
  b: number;
  equality: boolean;
  /** Names the constraint in error messages, e.g. "sum of weights = 1". */
  label: string;
}

/** minimise 1/2 x'Dx - d'x subject to the constraints; D symmetric positive definite. */
export interface QuadraticProgram {
  D: Matrix;
  d: number[];
  constraints: LinearConstraint[];
}

export interface QpSolution {
  x: number[];
  /** One Lagrange multiplier per constraint, in the order given (>= 0 for inequalities). */
  multipliers: number[];
}

/** Largest primal infeasibility quadprog's answer may show before we refuse it. */
const FEASIBILITY_TOL = 1e-8;

/** Solves with quadprog (Goldfarb-Idnani dual active set), translating to and from its 1-indexed arrays. */
export function solveQp(problem: QuadraticProgram): QpSolution {
  const n = problem.d.length;
  // quadprog wants the equalities first.
  const order = problem.constraints
    .map((c, i) => ({ c, i }))
    .sort((p, q) => Number(q.c.equality) - Number(p.c.equality));
  const meq = order.filter((o) => o.c.equality).length;
  const q = order.length;

  // Slot 0 is unused; a non-integer there keeps every array in V8's double representation, which
  // makes quadprog's inner loops markedly faster than a mix of integer and double arrays.
  const PAD = 0.5;
  const Dmat: number[][] = [[PAD]];
  const dvec: number[] = [PAD];
  const Amat: number[][] = [[PAD]];
  for (let i = 0; i < n; i++) {
    Dmat.push([PAD, ...problem.D[i]!]);
    dvec.push(problem.d[i]!);
    const col = [PAD];
    for (const o of order) col.push(o.c.a[i]!);
    Amat.push(col);
  }
  const bvec = [PAD, ...order.map((o) => o.c.b)];

  const result = solveQP(Dmat, dvec, Amat, bvec, meq);
  if (result.message.includes('inconsistent')) {
    throw invalid('The constraints cannot all be met at once (no feasible portfolio)');
  }
  if (result.message !== '') throw new AppError('INTERNAL', `Optimizer failed: ${result.message}`);

  const x = result.solution.slice(1, n + 1);
  const multipliers = new Array<number>(q).fill(0);
  order.forEach((o, k) => {
    multipliers[o.i] = result.Lagrangian[k + 1] ?? 0;
  });
  equalityMultipliers(problem, x, multipliers);
  for (const c of problem.constraints) {
    const slack = dot(c.a, x) - c.b;
    if ((c.equality && Math.abs(slack) > FEASIBILITY_TOL) || slack < -FEASIBILITY_TOL) {
      throw invalid(
        `The constraints cannot all be met at once (${c.label} is violated by ${Math.abs(slack)})`,
      );
    }
  }
  return { x, multipliers };
}

/**
 * quadprog flips an equality's row in place whenever it sees it violated from above, even after
 * the row is active, so the sign of its equality multipliers cannot be trusted. They are recomputed
 * here as the least-squares solution of stationarity given the (reliable) inequality multipliers;
 * the KKT check then measures what is left.
 */
function equalityMultipliers(problem: QuadraticProgram, x: number[], multipliers: number[]): void {
  const eq = problem.constraints.map((c, j) => ({ c, j })).filter((e) => e.c.equality);
  if (eq.length === 0) return;
  const g = problem.D.map((row, i) => {
    let v = dot(row, x) - problem.d[i]!;
    problem.constraints.forEach((c, j) => {
      if (!c.equality) v -= multipliers[j]! * c.a[i]!;
    });
    return v;
  });
  // Normal equations (E E') nu = E g.
  const gram = eq.map((p) => eq.map((r) => dot(p.c.a, r.c.a)));
  const rhs = eq.map((p) => dot(p.c.a, g));
  const l = cholesky(gram);
  if (!l) throw new AppError('INTERNAL', 'Optimizer failed: the equality constraints are linearly dependent');
  choleskySolve(l, rhs).forEach((nu, k) => {
    multipliers[eq[k]!.j] = nu;
  });
}

export interface KktReport {
  /** max |Dx - d - sum(lambda_j a_j)| */
  stationarity: number;
  /** Largest constraint violation. */
  primal: number;
  /** Largest negative inequality multiplier. */
  dual: number;
  /** Largest |lambda_j * slack_j| over inequalities. */
  complementarity: number;
  /** The worst of the four. */
  worst: number;
}

/** Checks the Karush-Kuhn-Tucker conditions of a solution: all zero means provably optimal (convex QP). */
export function kktReport(problem: QuadraticProgram, solution: QpSolution): KktReport {
  const { D, d, constraints } = problem;
  const { x, multipliers } = solution;
  const n = x.length;
  let stationarity = 0;
  for (let i = 0; i < n; i++) {
    let g = dot(D[i]!, x) - d[i]!;
    constraints.forEach((c, j) => {
      g -= multipliers[j]! * c.a[i]!;
    });
    stationarity = Math.max(stationarity, Math.abs(g));
  }
  let primal = 0;
  let dual = 0;
  let complementarity = 0;
  constraints.forEach((c, j) => {
    const slack = dot(c.a, x) - c.b;
    const lambda = multipliers[j]!;
    if (c.equality) {
      primal = Math.max(primal, Math.abs(slack));
    } else {
      primal = Math.max(primal, -slack);
      dual = Math.max(dual, -lambda);
      complementarity = Math.max(complementarity, Math.abs(lambda * slack));
    }
  });
  return {
    stationarity,
    primal,
    dual,
    complementarity,
    worst: Math.max(stationarity, primal, dual, complementarity),
  };
}

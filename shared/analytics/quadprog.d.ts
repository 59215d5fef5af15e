// quadprog ships no types. It is a line-by-line port of Fortran: every array is 1-indexed and
// index 0 is ignored. It minimises -d'b + 1/2 b'Db subject to A'b >= b0, the first meq rows being
// equalities; Dmat and dvec are overwritten during the solve.
declare module 'quadprog' {
  export interface QuadprogResult {
    solution: number[];
    Lagrangian: number[];
    value: number[];
    iterations: number[];
    iact: number[];
    message: string;
  }
  export function solveQP(
    Dmat: number[][],
    dvec: number[],
    Amat: number[][],
    bvec: number[],
    meq?: number,
    factorized?: number[],
  ): QuadprogResult;
}

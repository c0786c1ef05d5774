/** A PDF transformation matrix `[a b c d e f]`, as `cm`, `Tm` and a form's `/Matrix` give it (ISO 32000-1, 8.3.4). */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m × n`: m applied first, then n (PDF matrices act on row vectors). */
export function multiplyMatrices(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** Six finite numbers as a matrix; undefined for anything else (a malformed `cm` or `/Matrix`). */
export function matrixFrom(values: readonly number[]): Matrix | undefined {
  const [a, b, c, d, e, f] = values;
  if (values.length !== 6 || !values.every(Number.isFinite)) return undefined;
  return [a as number, b as number, c as number, d as number, e as number, f as number];
}

import { create, invDependencies } from "mathjs";

/*
 * The one piece of matrix algebra the engine needs: the inverse of a small square matrix (the
 * information matrix of a regression, a handful of rows and columns). mathjs is built with only the
 * factories `inv` depends on, so the bundle carries no more of it than that; everything that runs
 * over the data rows stays in plain loops over typed arrays.
 */
const math = create({ invDependencies });

/** The inverse of a square matrix, or null when it is singular (a zero pivot in the elimination). */
export function inverseOrNull(matrix: number[][]): number[][] | null {
  try {
    const inverse = math.inv(matrix) as number[][];
    return inverse.every((row) => row.every(Number.isFinite)) ? inverse : null;
  } catch {
    return null;
  }
}

/** matrix · vector for plain arrays. */
export function multiplyVector(matrix: number[][], vector: ArrayLike<number>): number[] {
  return matrix.map((row) => row.reduce((sum, entry, j) => sum + entry * vector[j], 0));
}

/** vᵀ · matrix · v. */
export function quadraticForm(matrix: number[][], vector: ArrayLike<number>): number {
  return multiplyVector(matrix, vector).reduce((sum, entry, i) => sum + entry * vector[i], 0);
}

// The one dense solve the lab needs: a symmetric positive-definite system by Cholesky, in place on flat arrays.

/**
 * Solves (A + ridge·I) x = b for a symmetric positive semi-definite `a` (size×size, row-major), returning x.
 * `a` and `b` are not changed. The ridge keeps the factorisation finite when A is singular or nearly so.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, size: number, ridge: number): Float64Array {
  const l = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * size + j] ?? 0;
      if (i === j) sum += ridge;
      for (let k = 0; k < j; k++) sum -= (l[i * size + k] ?? 0) * (l[j * size + k] ?? 0);
      if (i === j) {
        // Rounding can leave a tiny negative pivot on a near-singular matrix; clamp it to the ridge.
        l[i * size + i] = Math.sqrt(Math.max(sum, ridge > 0 ? ridge : Number.MIN_VALUE));
      } else {
        l[i * size + j] = sum / (l[j * size + j] ?? 1);
      }
    }
  }
  const x = new Float64Array(size);
  // Forward: L z = b.
  for (let i = 0; i < size; i++) {
    let sum = b[i] ?? 0;
    for (let k = 0; k < i; k++) sum -= (l[i * size + k] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (l[i * size + i] ?? 1);
  }
  // Backward: Lᵀ x = z.
  for (let i = size - 1; i >= 0; i--) {
    let sum = x[i] ?? 0;
    for (let k = i + 1; k < size; k++) sum -= (l[k * size + i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (l[i * size + i] ?? 1);
  }
  return x;
}

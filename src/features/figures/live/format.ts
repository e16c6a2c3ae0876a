// Numbers as the live figures print them: errors with three significant figures, tiny ones as "≈ 0".

/** A mean squared error for a table or a sentence: three significant figures, and "< 0.0001" below that. */
export function formatError(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value < 1e-4) return '< 0.0001';
  if (value >= 1000) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

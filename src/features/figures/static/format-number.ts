// Numbers as a learner reads them in a figure: a true minus sign, no trailing zeros, at most `decimals` places.

export function formatNumber(value: number, decimals = 3): string {
  const rounded = Number(value.toFixed(decimals));
  // −0 and 0 both read as 0.
  if (rounded === 0) return '0';
  const text = String(Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}

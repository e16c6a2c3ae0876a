/** True when a key press belongs to a text field (or carries a modifier), so page shortcuts must ignore it. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  const tag = t.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || t.isContentEditable;
}

export const hasModifier = (e: KeyboardEvent) => e.ctrlKey || e.metaKey || e.altKey;

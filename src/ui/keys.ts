const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** True when a key press belongs to a text field, so page shortcuts must ignore it. Radios and checkboxes are not. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  if (t instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(t.type);
  return t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable;
}

export const hasModifier = (e: KeyboardEvent) => e.ctrlKey || e.metaKey || e.altKey;

/** True for a key press inside an open <dialog>: the page behind it must not react. */
export const insideOpenDialog = (t: EventTarget | null) =>
  t instanceof Element && t.closest('dialog[open]') !== null;

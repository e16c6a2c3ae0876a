// Keys pressed on a prerendered page before the app was live (prerendered.ts keeps them) are pressed again once it
// listens, so "?" or a grade key typed at once is not lost. Only shortcut keys are replayed: a key whose browser
// action already happened (Tab moving focus, Space scrolling) or that went into a text field is left alone.

type EarlyKeys = () => KeyboardEvent[];

const isShortcut = (e: KeyboardEvent) => {
  const t = e.target as HTMLElement | null;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t?.isContentEditable;
  return !typing && !e.altKey && (e.key.length === 1 ? e.key !== ' ' : false);
};

/** Stops keeping keys and presses the kept shortcut keys again, on the element that had focus (or the page). */
export function replayEarlyKeys(win: Window & { __descentEarlyKeys?: EarlyKeys } = window): void {
  const early = win.__descentEarlyKeys?.() ?? [];
  win.__descentEarlyKeys = undefined;
  for (const e of early.filter(isShortcut)) {
    const target = e.target instanceof Node && e.target.isConnected ? e.target : win.document.body;
    target.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: e.key,
        code: e.code,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        bubbles: true,
        cancelable: true,
      }),
    );
  }
}

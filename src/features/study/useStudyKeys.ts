// Anki's keys: Space shows the answer, 1–4 grade, Ctrl+Z (or Cmd+Z) undoes; on the card, @ suspends, - buries,
// Ctrl+1 flags and E edits.
import { useLayoutEffect, useRef } from 'react';
import type { Grade } from '../../engine/scheduler';
import { hasModifier, insideOpenDialog, isTyping } from '../../ui/keys';

/** What a key does to the card on screen besides grading it. */
export type CardKeyAction = 'suspend' | 'bury' | 'flag' | 'edit';

interface Handlers {
  revealed: boolean;
  active: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  onUndo?: () => void;
  onAction?: (action: CardKeyAction) => void;
}

/** Anki's keys for card actions, by the character typed (`@` is Shift+2 on a US keyboard, elsewhere another key). */
const actionKeys: Readonly<Record<string, CardKeyAction>> = {
  '@': 'suspend',
  '-': 'bury',
  e: 'edit',
  E: 'edit',
};

export function useStudyKeys(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  // A layout effect: the keys work from the moment the card is painted, not one frame later.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys belong to a text field, to an open dialog (shortcuts, Edit card, Forget), or to the focused button.
      if (isTyping(e) || e.repeat || insideOpenDialog(e.target) || dialogOpen()) return;
      const h = ref.current;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
        if (h.onUndo) {
          e.preventDefault();
          h.onUndo();
        }
        return;
      }
      if (e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && (e.key === '1' || e.code === 'Digit1')) {
        if (h.onAction && h.active) {
          e.preventDefault();
          h.onAction('flag');
        }
        return;
      }
      if (hasModifier(e) || !h.active) return;
      const action = actionKeys[e.key];
      if (action && h.onAction) {
        e.preventDefault();
        h.onAction(action);
        return;
      }
      if ((e.key === ' ' || e.key === 'Enter') && isButton(e.target)) return;
      if (!h.revealed && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        h.onReveal();
      } else if (h.revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        h.onGrade(Number(e.key) as Grade);
      } else if (e.key === ' ' && h.revealed) {
        // As in Anki, Space on a revealed card (focus on the card, not on a button) grades Good.
        e.preventDefault();
        h.onGrade(3);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const isButton = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.tagName === 'BUTTON' || t.tagName === 'A');

/** A modal dialog is open (focus may sit on the page behind it after a click on the backdrop): no page keys. */
const dialogOpen = () => document.querySelector('dialog[open]') !== null;

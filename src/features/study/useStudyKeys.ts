// Anki's keys: Space shows the answer, 1–4 grade, Ctrl+Z (or Cmd+Z) undoes.
import { useLayoutEffect, useRef } from 'react';
import type { Grade } from '../../engine/scheduler';
import { hasModifier, insideOpenDialog, isTyping } from '../../ui/keys';

interface Handlers {
  revealed: boolean;
  active: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  onUndo?: () => void;
}

export function useStudyKeys(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  // A layout effect: the keys work from the moment the card is painted, not one frame later.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Keys belong to a text field, to an open dialog (the shortcuts list), or to the focused button itself.
      if (isTyping(e) || e.repeat || insideOpenDialog(e.target)) return;
      const h = ref.current;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
        if (h.onUndo) {
          e.preventDefault();
          h.onUndo();
        }
        return;
      }
      if (hasModifier(e) || !h.active) return;
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

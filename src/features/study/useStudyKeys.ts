// Anki's keys: Space shows the answer, 1–4 grade, Ctrl+Z (or Cmd+Z) undoes.
import { useEffect, useRef } from 'react';
import type { Grade } from '../../engine/scheduler';
import { hasModifier, isTyping } from '../../ui/keys';

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
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || e.repeat) return;
      const h = ref.current;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
        if (h.onUndo) {
          e.preventDefault();
          h.onUndo();
        }
        return;
      }
      if (hasModifier(e) || !h.active) return;
      if (!h.revealed && (e.key === ' ' || e.key === 'Enter') && !(e.key === 'Enter' && isButton(e.target))) {
        e.preventDefault();
        h.onReveal();
      } else if (h.revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        h.onGrade(Number(e.key) as Grade);
      } else if (e.key === ' ' && h.revealed) {
        // Space on a revealed card would "click" whichever grade button has focus; Anki maps it to Good instead.
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

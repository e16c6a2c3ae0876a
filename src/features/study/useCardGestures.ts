// Touch on the card: a tap on the card (not on one of its controls) shows the answer; with "Swipe to grade" on, a
// horizontal swipe on a revealed card grades it, right Good and left Again. Vertical moves stay the page's scroll
// (the card has touch-action: pan-y, so the browser takes them and cancels the gesture).
import { type RefObject, useEffect, useRef } from 'react';
import type { Grade } from '../../engine/scheduler';

/** How far (CSS px) a swipe must go to grade: short moves are taps, reading, or a change of mind. */
export const SWIPE_THRESHOLD = 80;

interface Options {
  revealed: boolean;
  swipe: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
}

const CONTROLS = 'button, a, input, textarea, select, label, summary, [role="menu"], dialog';

const onControl = (target: EventTarget | null) =>
  target instanceof Element && target.closest(CONTROLS) !== null;

/**
 * Listens on the card element. While a swipe is under way the element carries `data-swipe` ("good", "again" past the
 * threshold, "" before it) and the CSS variable `--swipe-x`: the stylesheet moves the card with the finger unless
 * the learner asked for reduced motion.
 */
export function useCardGestures(card: RefObject<HTMLElement | null>, options: Options): void {
  const ref = useRef(options);
  ref.current = options;

  useEffect(() => {
    const el = card.current;
    if (!el) return;
    let start: { id: number; x: number; y: number } | undefined;
    let dx = 0;
    // A mouse's click follows its swipe: it must not show the next card's answer at once.
    let swipedAt = Number.NEGATIVE_INFINITY;

    const reset = () => {
      start = undefined;
      dx = 0;
      delete el.dataset.swipe;
      el.style.removeProperty('--swipe-x');
    };

    const onClick = (e: MouseEvent) => {
      const o = ref.current;
      if (o.revealed || e.button !== 0 || onControl(e.target) || e.timeStamp - swipedAt < 500) return;
      // A drag that selected text is reading, not a tap.
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      o.onReveal();
    };

    const onDown = (e: PointerEvent) => {
      const o = ref.current;
      if (!o.swipe || !o.revealed || !e.isPrimary || onControl(e.target)) return;
      start = { id: e.pointerId, x: e.clientX, y: e.clientY };
    };
    const onMove = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const x = e.clientX - start.x;
      const y = e.clientY - start.y;
      // Mostly vertical before it is clearly horizontal: the learner scrolls or reads, not a swipe.
      if (dx === 0 && Math.abs(y) > 10 && Math.abs(y) > Math.abs(x)) return reset();
      // Once clearly sideways, the swipe keeps its pointer even if it leaves the card.
      if (dx === 0 && Math.abs(x) > 10) el.setPointerCapture?.(e.pointerId);
      if (dx === 0 && Math.abs(x) <= 10) return;
      dx = x;
      el.dataset.swipe = dx >= SWIPE_THRESHOLD ? 'good' : dx <= -SWIPE_THRESHOLD ? 'again' : '';
      el.style.setProperty('--swipe-x', `${dx}px`);
    };
    const onUp = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      const moved = dx;
      reset();
      if (Math.abs(moved) < SWIPE_THRESHOLD) return;
      swipedAt = e.timeStamp;
      ref.current.onGrade(moved > 0 ? 3 : 1);
    };

    el.addEventListener('click', onClick);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', reset);
    return () => {
      el.removeEventListener('click', onClick);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', reset);
      reset();
    };
  }, [card]);
}

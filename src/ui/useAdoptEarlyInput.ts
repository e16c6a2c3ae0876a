// A prerendered page's inputs work before the app is live: a learner can move a slider or type in a search box
// while the JavaScript is still on its way. Once hydrated, React would set the input back to its state; this hook
// adopts what the learner did instead, once, right after the input is first drawn by React.
import { type RefObject, useLayoutEffect } from 'react';

export function useAdoptEarlyInput<E extends HTMLInputElement | HTMLSelectElement>(
  ref: RefObject<E | null>,
  value: string,
  adopt: (value: string) => void,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount: later changes go through onChange
  useLayoutEffect(() => {
    const now = ref.current?.value;
    if (now !== undefined && now !== value) adopt(now);
  }, []);
}

// The concept's figure, if it has one: its module loads with the page (a chunk per figure), and the prerender waits
// for it, so the figure is in the concept page's HTML.
import { type ComponentType, lazy, Suspense } from 'react';
import { figureLoader } from '../figures/registry';

// One lazy component per concept, made once: a lazy component made in render would load, and suspend, every time.
const figures = new Map<string, ComponentType>();

function figureOf(conceptId: string): ComponentType | undefined {
  const known = figures.get(conceptId);
  if (known) return known;
  const load = figureLoader(conceptId);
  if (!load) return undefined;
  const figure = lazy(load);
  figures.set(conceptId, figure);
  return figure;
}

export function ConceptFigure({ conceptId }: { conceptId: string }) {
  const Figure = figureOf(conceptId);
  if (!Figure) return null;
  return (
    <Suspense fallback={<div className="figure-frame figure-loading" aria-busy="true" />}>
      <Figure />
    </Suspense>
  );
}

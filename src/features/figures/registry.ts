// One lazy module per concept figure, found by file name: src/features/figures/concepts/<concept-id>.tsx. A concept
// page loads only its own figure's chunk (and the drawing code it needs), never the others'.
import type { ComponentType } from 'react';

type FigureModule = { default: ComponentType };

const modules = import.meta.glob<FigureModule>('./concepts/*.tsx');

const loaders = new Map(
  Object.entries(modules).map(([path, load]) => [path.slice('./concepts/'.length, -'.tsx'.length), load]),
);

/** The loader of a concept's figure, or undefined when the concept has none. */
export const figureLoader = (conceptId: string): (() => Promise<FigureModule>) | undefined =>
  loaders.get(conceptId);

/** Concept ids that have a figure. */
export const conceptsWithFigures = (): string[] => [...loaders.keys()];

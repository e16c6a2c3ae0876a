// A prerendered concept page carries its own data in its HTML (build/prerender.ts), so hydrating it needs no second
// request and no deck. Only the page the HTML was made for may use it.
import { CONCEPT_DATA_ID, type ConceptPageData } from '../../content/concept-page';

let inline: ConceptPageData | null | undefined;

/** The data the prerender put in this page's HTML if it is concept `id`'s (read and parsed once). */
export function inlineConceptPage(id: string): ConceptPageData | undefined {
  if (inline === undefined) {
    inline = null;
    const text =
      typeof document === 'undefined' ? null : document.getElementById(CONCEPT_DATA_ID)?.textContent;
    if (text) {
      try {
        inline = JSON.parse(text) as ConceptPageData;
      } catch {
        // Unreadable: the page loads the deck instead, as for a concept opened inside the app.
      }
    }
  }
  return inline?.concept.id === id ? inline : undefined;
}

// A concept's page from the deck: for a concept opened inside the app, and for the prerender, which has no HTML yet.
import { findConceptPage } from '../../content/deck';
import { ConceptView } from './ConceptPage';

export default function ConceptFromDeck({ id }: { id: string }) {
  return <ConceptView id={id} page={findConceptPage(id)} />;
}

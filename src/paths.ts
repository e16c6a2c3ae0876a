// The one route table: each route's pattern, its href builder, the page module that draws it, and whether the build
// prerenders it. The router, the links, the build's route preloads and the prerender all read this table.

/** What a study link can ask for: one concept, a set of concepts, or cramming (studying without the schedule). */
export interface StudyQuery {
  concept?: string;
  concepts?: readonly string[];
  cram?: boolean;
}

const studyQuery = ({ concept, concepts, cram }: StudyQuery = {}): string => {
  const params = new URLSearchParams();
  if (cram) params.set('cram', '1');
  if (concept) params.set('concept', concept);
  if (concepts?.length) params.set('concepts', concepts.join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** What a link to the card browser can ask for: one card to show and select (`conceptId/cardId`), a filter. */
export interface CardsQuery {
  card?: string;
  /** One of the browser's filters: new, learning, due-today, suspended, buried, flagged, leeches. */
  filter?: string;
}

const cardsQuery = ({ card, filter }: CardsQuery = {}): string => {
  const params = new URLSearchParams();
  if (card) params.set('card', card);
  if (filter) params.set('filter', filter);
  const query = params.toString();
  return query ? `?${query}` : '';
};

export const paths = {
  home: { path: '/', page: 'dashboard/DashboardPage', prerender: true, getHref: () => '/' },
  study: {
    path: '/study',
    page: 'study/StudyPage',
    prerender: true,
    getHref: (query?: StudyQuery) => `/study${studyQuery(query)}`,
  },
  studyTopic: {
    path: '/study/:topic',
    page: 'study/StudyPage',
    prerender: false,
    getHref: (topic: string, query?: StudyQuery) => `/study/${encodeURIComponent(topic)}${studyQuery(query)}`,
  },
  quiz: {
    path: '/quiz',
    page: 'quiz/QuizPage',
    prerender: true,
    getHref: (concept?: string) => (concept ? `/quiz?concept=${encodeURIComponent(concept)}` : '/quiz'),
  },
  concepts: {
    path: '/concepts',
    page: 'concepts/ConceptsPage',
    prerender: true,
    getHref: (topic?: string) => (topic ? `/concepts?topic=${encodeURIComponent(topic)}` : '/concepts'),
  },
  concept: {
    path: '/concepts/:id',
    page: 'concepts/ConceptPage',
    // One page per concept of the deck: the build fills the id in.
    prerender: true,
    getHref: (id: string) => `/concepts/${encodeURIComponent(id)}`,
  },
  cards: {
    path: '/cards',
    page: 'cards/CardsPage',
    prerender: true,
    getHref: (query?: CardsQuery) => `/cards${cardsQuery(query)}`,
  },
  stats: { path: '/stats', page: 'stats/StatsPage', prerender: true, getHref: () => '/stats' },
  settings: { path: '/settings', page: 'settings/SettingsPage', prerender: true, getHref: () => '/settings' },
} as const;

export type RouteName = keyof typeof paths;

/** Every URL the build writes as an HTML file: each prerendered route, with every concept id for `:id`. */
export function prerenderedUrls(conceptIds: readonly string[]): string[] {
  return Object.values(paths)
    .filter((route) => route.prerender)
    .flatMap((route) =>
      route.path.includes(':id') ? conceptIds.map((id) => route.path.replace(':id', id)) : [route.path],
    );
}

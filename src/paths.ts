// Every route string in one leaf module: the shell and the pages both import it.
export const paths = {
  home: '/',
  study: '/study',
  studyTopic: (topic: string) => `/study/${encodeURIComponent(topic)}`,
  studyConcept: (id: string) => `/study?concept=${encodeURIComponent(id)}`,
  studyConcepts: (ids: readonly string[]) => `/study?${new URLSearchParams({ concepts: ids.join(',') })}`,
  cram: (opts: { topic?: string; concepts?: readonly string[] }) => {
    const params = new URLSearchParams({ cram: '1' });
    if (opts.concepts?.length) params.set('concepts', opts.concepts.join(','));
    return opts.topic ? `/study/${encodeURIComponent(opts.topic)}?${params}` : `/study?${params}`;
  },
  quiz: '/quiz',
  quizConcept: (id: string) => `/quiz?concept=${encodeURIComponent(id)}`,
  concepts: '/concepts',
  concept: (id: string) => `/concepts/${encodeURIComponent(id)}`,
  stats: '/stats',
  settings: '/settings',
} as const;

/** The route patterns the router matches. */
export const routes = {
  home: '/',
  study: '/study',
  studyTopic: '/study/:topic',
  quiz: '/quiz',
  concepts: '/concepts',
  concept: '/concepts/:id',
  stats: '/stats',
  settings: '/settings',
} as const;

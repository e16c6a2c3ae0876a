// Stored progress migrates through a chain vN → vN+1; each step is tested against a fixture of that version.
/** v3: card actions and notes in the head; Forget events and learning steps in the months. */
export const PROGRESS_VERSION = 3;
/** v2 added reviews per day, learning steps, topic order and swipe; v1 values read as those fields' defaults. */
export const SETTINGS_VERSION = 2;

/** What a step may need beyond the value itself: v1 reviews did not record the retention that scheduled them. */
export interface MigrationContext {
  /** The head's generation, for months that did not record theirs. */
  generation: string;
  /** The learner's retention setting, the best record of what scheduled a v1 review. */
  retention: number;
}

type Step = (data: unknown, context: MigrationContext) => unknown;

const record = (data: unknown): Record<string, unknown> => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('it is not an object');
  return data as Record<string, unknown>;
};

/**
 * v1 → v2 head: card states are no longer stored (they are the log's replay) and months are found by key, each
 * month naming its generation. A v1 head without a generation gets the one v1 months are read into.
 */
const headSteps: Record<number, Step> = {
  1: (data, { generation }) => {
    const d = record(data);
    return {
      generation: typeof d.generation === 'string' ? d.generation : generation,
      undone: d.undone,
      quizzes: d.quizzes,
    };
  },
  /** v2 → v3 head: card actions and notes start empty. */
  2: (data) => ({ ...record(data), actions: [] }),
};

/** v1 → v2 month: every event gains the scheduling parameters in force (v1 knew only the current retention). */
const chunkSteps: Record<number, Step> = {
  1: (data, { generation, retention }) => {
    const d = record(data);
    if (typeof d.entries !== 'string') throw new Error('entries is not text');
    return {
      generation,
      cards: d.cards,
      params: [`${retention}/1`],
      entries:
        d.entries === ''
          ? ''
          : d.entries
              .split(';')
              .map((e) => `${e},0`)
              .join(';'),
    };
  },
  /** v2 → v3 month: the same text; v3 only adds codes and parameters a v2 month cannot hold. */
  2: (data) => data,
};

function run(steps: Record<number, Step>, data: unknown, from: number, context: MigrationContext): unknown {
  let out = data;
  for (let version = from; version < PROGRESS_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from v${version}`);
    out = step(out, context);
  }
  return out;
}

export const migrateHead = (data: unknown, from: number, context: MigrationContext) =>
  run(headSteps, data, from, context);
export const migrateChunk = (data: unknown, from: number, context: MigrationContext) =>
  run(chunkSteps, data, from, context);

// A CouchDB stand-in for tests: documents by id in the order they arrived (the changes feed), written as given
// (`new_edits: false`), and failures on demand: offline, or gone half-way through a push.
import type { CouchClient } from '../src/store/sync/replicate';
import { SyncError } from '../src/store/sync/replicate';
import type { SyncDoc } from '../src/store/sync/sync-docs';

export class MemoryCouch {
  readonly docs = new Map<string, { seq: number; doc: unknown }>();
  private seq = 0;

  /** Puts any document in, as another program could (`raw` need not be a Descent document). */
  put(raw: { _id: string } | SyncDoc | (Record<string, unknown> & { _id: string })) {
    if (this.docs.has(raw._id)) return;
    this.docs.set(raw._id, { seq: ++this.seq, doc: structuredClone(raw) });
  }

  /** A device's connection to this server; `fail` is read before each request. */
  client(fail: { next?: 'offline' | 'mid-push' } = {}): CouchClient {
    const check = (what: string) => {
      if (fail.next === 'offline') {
        fail.next = undefined;
        throw new SyncError('offline', `offline during ${what}`);
      }
    };
    return {
      bulkDocs: async (docs: readonly SyncDoc[]) => {
        if (fail.next === 'mid-push') {
          fail.next = undefined;
          // The server takes half and vanishes.
          for (const d of docs.slice(0, Math.floor(docs.length / 2))) this.put(d);
          throw new SyncError('offline', 'the server went away during a push');
        }
        check('push');
        for (const d of docs) this.put(d);
      },
      changes: async (since: string, limit: number) => {
        check('pull');
        const from = Number(since);
        const list = [...this.docs.values()].filter((d) => d.seq > from).slice(0, limit);
        return {
          docs: list.map((d) => structuredClone(d.doc)),
          lastSeq: String(list.at(-1)?.seq ?? from),
          more: list.length >= limit,
        };
      },
      generation: async (generation: string) => {
        check('pull');
        return [...this.docs.entries()]
          .filter(([id]) => id.startsWith(`${generation}:`))
          .map(([, d]) => structuredClone(d.doc));
      },
    };
  }
}

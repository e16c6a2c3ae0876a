// The little of PouchDB 9 that couch-client.ts uses (PouchDB ships no types; @types/pouchdb describes version 7).
declare module 'pouchdb-core' {
  interface ChangesResult {
    results: { id: string; seq: string | number; deleted?: boolean; doc?: unknown }[];
    last_seq: string | number;
  }
  interface AllDocsResult {
    rows: { id: string; doc?: unknown }[];
  }
  interface Database {
    bulkDocs(docs: readonly unknown[], options: { new_edits: boolean }): Promise<unknown[]>;
    changes(options: { since: string; limit: number; include_docs: true }): Promise<ChangesResult>;
    allDocs(options: { startkey: string; endkey: string; include_docs: true }): Promise<AllDocsResult>;
  }
  interface PouchStatic {
    new (
      name: string,
      options: {
        adapter: 'http';
        skip_setup: boolean;
        fetch: (url: string | Request, opts?: RequestInit) => Promise<Response>;
      },
    ): Database;
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

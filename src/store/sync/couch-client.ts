// The CouchDB protocol through PouchDB's HTTP adapter: requests, sessions and errors as PouchDB knows them. Loaded
// only when sync is turned on, so learners who never sync never download it.

import HttpAdapter from 'pouchdb-adapter-http';
import PouchDB from 'pouchdb-core';
import { type CouchClient, SyncError } from './replicate';
import type { SyncDoc } from './sync-docs';

PouchDB.plugin(HttpAdapter);

export interface CouchTarget {
  /** The server, e.g. `https://couch.example.org` or `http://localhost:5984`. */
  url: string;
  database: string;
}

/** The database's URL: the server's, with one trailing slash, and the database name encoded. */
export const databaseUrl = ({ url, database }: CouchTarget): string =>
  `${url.replace(/\/+$/, '')}/${encodeURIComponent(database)}`;

/** What went wrong, in a learner's words, from what PouchDB or the browser reported. */
export function describeFailure(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const e = error as { status?: number; name?: string; message?: string; reason?: string };
  const status = e?.status;
  if (status === 401 || status === 403)
    return new SyncError(
      'auth',
      'the server refused the user name or password, or this user may not use the database',
    );
  if (status === 404) return new SyncError('not-found', 'there is no such database on this server');
  if (typeof status === 'number' && status >= 500)
    return new SyncError('server', `the server failed (${status}${e.reason ? `: ${e.reason}` : ''})`);
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return new SyncError('offline', 'this device is offline');
  // A fetch that fails without a status is a network failure or a cross-origin refusal; the browser does not say which.
  return new SyncError(
    'cors',
    'the server could not be reached: check the address, that it is running, and that it allows this site (CORS)',
  );
}

/**
 * Signs in with CouchDB's cookie session (`POST /_session`): the password goes to the server once and is never kept;
 * the browser holds the session cookie.
 */
export async function signIn(url: string, name: string, password: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${url.replace(/\/+$/, '')}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
  } catch (error) {
    throw describeFailure(error);
  }
  if (!response.ok) throw describeFailure({ status: response.status });
}

/** Opens the database (creating it when the server allows), checking it is reachable and ours to use. */
export async function openCouch(target: CouchTarget): Promise<CouchClient> {
  const db = new PouchDB(databaseUrl(target), {
    adapter: 'http',
    skip_setup: true,
    // Every request carries the session cookie a sign-in set.
    fetch: (url: string | Request, opts?: RequestInit) => fetch(url, { ...opts, credentials: 'include' }),
  });
  // Is the database there and ours to read? A missing one is made (a server that allows anonymous writes, or an
  // admin's session, can); anything else is told to the learner as it is.
  const call = async (method: 'GET' | 'PUT') => {
    try {
      return await fetch(databaseUrl(target), {
        method,
        credentials: 'include',
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      throw describeFailure(error);
    }
  };
  const found = await call('GET');
  if (found.status === 404) {
    const made = await call('PUT');
    if (!made.ok && made.status !== 412)
      throw describeFailure({ status: made.status === 404 ? 403 : made.status });
  } else if (!found.ok) throw describeFailure({ status: found.status });
  return {
    bulkDocs: async (docs: readonly SyncDoc[]) => {
      try {
        const results = (await db.bulkDocs(docs, { new_edits: false })) as {
          error?: string;
          reason?: string;
        }[];
        const failed = results.find((r) => r?.error);
        if (failed)
          throw new SyncError('server', `the server refused a document (${failed.reason ?? failed.error})`);
      } catch (error) {
        throw describeFailure(error);
      }
    },
    changes: async (since: string, limit: number) => {
      try {
        const result = await db.changes({ since, limit, include_docs: true });
        return {
          docs: result.results
            .filter((r) => !r.deleted && r.doc && !r.id.startsWith('_design/'))
            .map((r) => r.doc),
          lastSeq: String(result.last_seq),
          more: result.results.length >= limit,
        };
      } catch (error) {
        throw describeFailure(error);
      }
    },
    generation: async (generation: string) => {
      try {
        const result = await db.allDocs({
          startkey: `${generation}:`,
          endkey: `${generation}:\ufff0`,
          include_docs: true,
        });
        return result.rows.map((r) => r.doc);
      } catch (error) {
        throw describeFailure(error);
      }
    },
  };
}

// A real CouchDB-protocol server for tests: pouchdb-server in memory on a loopback port, in a scratch directory (it
// writes its config and log where it runs).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface TestCouch {
  url: string;
  stop: () => void;
}

export async function startPouchServer(port: number): Promise<TestCouch> {
  const dir = mkdtempSync(join(tmpdir(), 'descent-couch-'));
  const bin = resolve('node_modules/.bin/pouchdb-server');
  const child: ChildProcess = spawn(bin, ['--in-memory', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return { url, stop: () => child.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill();
  throw new Error(`pouchdb-server did not start on port ${port}`);
}

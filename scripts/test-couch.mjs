// A CouchDB-protocol server for the browser tests: pouchdb-server in memory on a loopback port, with CORS on so the
// app (served on another port) may talk to it. It runs in a scratch directory: pouchdb-server writes its config and
// log where it runs. Port: COUCH_PORT, default 5984.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = process.env.COUCH_PORT ?? '5984';
const dir = mkdtempSync(join(tmpdir(), 'descent-e2e-couch-'));
writeFileSync(
  join(dir, 'config.json'),
  JSON.stringify({
    httpd: { enable_cors: true },
    cors: {
      origins: '*',
      credentials: true,
      methods: 'GET, PUT, POST, HEAD, DELETE',
      headers: 'accept, authorization, content-type, origin, referer',
    },
    log: { file: join(dir, 'log.txt') },
  }),
);
const child = spawn(
  resolve('node_modules/.bin/pouchdb-server'),
  ['--in-memory', '--port', port, '--host', '127.0.0.1', '--no-stdout-logs'],
  { cwd: dir, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

// Settings → Sync: connect this device to the learner's own CouchDB, see how sync is going, disconnect.
import { type FormEvent, useId, useState } from 'react';
import { isDatabaseName } from '../../store/sync/sync-store';
import { useStores, useSync } from '../../store/use-stores';
import { syncStatusText } from '../../ui/sync-status';

export function SyncSettings() {
  const headingId = useId();
  const target = useSync((s) => s.target);
  return (
    <section className="panel settings" aria-labelledby={headingId} id="sync">
      <h2 id={headingId}>Sync</h2>
      <p className="muted">
        Keep your progress the same on every device through a database you control: Apache CouchDB, IBM
        Cloudant or pouchdb-server. Descent has no server of its own; sync is off until you connect.
      </p>
      {target ? <Connected /> : <ConnectForm />}
    </section>
  );
}

function ConnectForm() {
  const { sync } = useStores();
  const phase = useSync((s) => s.phase);
  const detail = useSync((s) => s.detail);
  const needsSignIn = useSync((s) => s.needsSignIn);
  const [url, setUrl] = useState('');
  const [database, setDatabase] = useState('descent');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const ids = { url: useId(), database: useId(), name: useId(), password: useId(), hint: useId() };
  const busy = phase === 'connecting';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^https?:\/\/[^\s/]+/i.test(url.trim())) {
      setProblem(
        'Enter the server’s address, starting with https:// (or http:// for a server on this computer).',
      );
      return;
    }
    if (!isDatabaseName(database.trim())) {
      setProblem(
        'A database name starts with a lower-case letter and has only lower-case letters, digits and _ $ ( ) + - /.',
      );
      return;
    }
    setProblem(undefined);
    const login = needsSignIn && name !== '' ? { name, password } : undefined;
    await sync.getState().connect(url, database, login);
    // The password is used once, for the session cookie, and never kept.
    setPassword('');
  };

  const message = problem ?? (phase === 'error' ? `Could not connect: ${detail}.` : undefined);
  return (
    <form className="sync-form" onSubmit={submit} noValidate>
      <label htmlFor={ids.url}>Server URL</label>
      <input
        id={ids.url}
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://couch.example.org"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        aria-describedby={ids.hint}
        required
      />
      <label htmlFor={ids.database}>Database</label>
      <input
        id={ids.database}
        autoCapitalize="none"
        spellCheck={false}
        value={database}
        onChange={(e) => setDatabase(e.target.value)}
        required
      />
      {needsSignIn && (
        <>
          <label htmlFor={ids.name}>User name</label>
          <input
            id={ids.name}
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <label htmlFor={ids.password}>Password</label>
          <input
            id={ids.password}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </>
      )}
      <p className="muted" id={ids.hint}>
        {needsSignIn
          ? 'The server asks for a login. Your password is sent to it once to start a session, and never stored.'
          : 'A server that needs a login will ask for it.'}
      </p>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Connect
        </button>
      </div>
      {message && (
        <p role="alert" className="notice error">
          {message}
        </p>
      )}
    </form>
  );
}

function Connected() {
  const { sync } = useStores();
  const state = useSync((s) => s);
  const target = state.target;
  if (!target) return null;
  return (
    <>
      <p>
        This device syncs with <strong>{target.database}</strong> on <strong>{target.url}</strong>.
      </p>
      <p className="sync-state">{syncStatusText(state)}</p>
      {state.setAside.length > 0 && (
        <details>
          <summary>
            {state.setAside.length} {state.setAside.length === 1 ? 'document was' : 'documents were'} set
            aside
          </summary>
          <p className="muted">
            The database holds documents that are not valid Descent progress. They were left on the server and
            not applied; your progress is unchanged.
          </p>
          <ul>
            {state.setAside.slice(0, 20).map((x) => (
              <li key={x.id}>
                <code>{x.id}</code>: {x.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="actions">
        <button type="button" className="quiet" onClick={() => sync.getState().disconnect()}>
          Disconnect
        </button>
      </div>
      <p className="muted">Disconnecting stops sync on this device. Your progress here stays as it is.</p>
    </>
  );
}

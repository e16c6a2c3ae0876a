// Settings → Sync as a learner uses it: connect, see it synced, a login asked for, a bad address told, disconnect.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SyncSettings } from '../../src/features/settings/SyncSettings';
import { createStores, type Stores } from '../../src/store/stores';
import { SyncError } from '../../src/store/sync/replicate';
import { StoresContext } from '../../src/store/use-stores';
import { MemoryCouch } from '../couch-memory';
import { MemoryStorage } from '../memory-storage';

function renderSync(stores: Stores) {
  const user = userEvent.setup();
  render(
    <StoresContext.Provider value={stores}>
      <SyncSettings />
    </StoresContext.Provider>,
  );
  return user;
}

describe('Settings → Sync', () => {
  it('connects to a server, says "Synced", and Disconnect keeps progress', async () => {
    const server = new MemoryCouch();
    const stores = createStores({ storage: new MemoryStorage(), openCouch: async () => server.client() });
    stores.progress.getState().grade('gpt-2/c1', 3);
    const user = renderSync(stores);
    expect(screen.getByRole('heading', { name: 'Sync' })).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Server URL' }), 'http://localhost:5984');
    await user.clear(screen.getByRole('textbox', { name: 'Database' }));
    await user.type(screen.getByRole('textbox', { name: 'Database' }), 'descent-test');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Synced')).toBeVisible();
    expect(server.docs.size).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(screen.getByRole('button', { name: 'Connect' })).toBeVisible();
    expect(stores.progress.getState().cards['gpt-2/c1']).toBeDefined();
  });

  it('asks for a user name and password when the server refuses, signs in once, and never keeps the password', async () => {
    const sessions: string[] = [];
    const server = new MemoryCouch();
    const storage = new MemoryStorage();
    const stores = createStores({
      storage,
      openCouch: async () => {
        if (sessions.length === 0)
          throw new SyncError('auth', 'the server refused the user name or password');
        return server.client();
      },
      signInCouch: async (url, name, password) => {
        sessions.push(`${url} ${name} ${password}`);
      },
    });
    const user = renderSync(stores);
    await user.type(screen.getByRole('textbox', { name: 'Server URL' }), 'https://couch.example.org/');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not connect: the server refused');
    await user.type(screen.getByRole('textbox', { name: 'User name' }), 'alice');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Synced')).toBeVisible();
    expect(sessions).toEqual(['https://couch.example.org alice a long passphrase']);
    const stored = Array.from({ length: storage.length }, (_, i) =>
      storage.getItem(storage.key(i) ?? ''),
    ).join();
    expect(stored).not.toContain('a long passphrase');
  });

  it('tells what is wrong with an address or a database name before trying', async () => {
    const stores = createStores({
      storage: new MemoryStorage(),
      openCouch: async () => new MemoryCouch().client(),
    });
    const user = renderSync(stores);
    await user.type(screen.getByRole('textbox', { name: 'Server URL' }), 'couch.example.org');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('alert')).toHaveTextContent('starting with https://');
    await user.clear(screen.getByRole('textbox', { name: 'Server URL' }));
    await user.type(screen.getByRole('textbox', { name: 'Server URL' }), 'https://couch.example.org');
    await user.clear(screen.getByRole('textbox', { name: 'Database' }));
    await user.type(screen.getByRole('textbox', { name: 'Database' }), 'My Cards');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('alert')).toHaveTextContent('lower-case letter');
    expect(stores.sync.getState().phase).toBe('off');
  });
});

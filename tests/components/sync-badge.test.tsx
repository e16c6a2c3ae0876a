// The header's sync badge: it speaks only while sync is on.
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import SyncBadge from '../../src/app/SyncBadge';
import { createStores, type Stores } from '../../src/store/stores';
import { SyncError } from '../../src/store/sync/replicate';
import { StoresContext } from '../../src/store/use-stores';
import { MemoryCouch } from '../couch-memory';
import { MemoryStorage } from '../memory-storage';

function renderBadge(stores: Stores) {
  const router = createMemoryRouter([{ path: '/', element: <SyncBadge /> }]);
  render(
    <StoresContext.Provider value={stores}>
      <RouterProvider router={router} />
    </StoresContext.Provider>,
  );
}

describe('sync badge', () => {
  it('says "Synced" once connected, and nothing after Disconnect', async () => {
    const server = new MemoryCouch();
    const stores = createStores({ storage: new MemoryStorage(), openCouch: async () => server.client() });
    renderBadge(stores);
    expect(screen.queryByRole('status')).toBeNull();
    await stores.sync.getState().connect('http://localhost:5984', 'descent');
    expect(await screen.findByRole('status')).toHaveTextContent('Synced');
    stores.sync.getState().disconnect();
    await expect.poll(() => screen.queryByRole('status')).toBeNull();
  });

  it('stays away after a Connect that failed: sync is off, and Settings says why', async () => {
    const stores = createStores({
      storage: new MemoryStorage(),
      openCouch: async () => {
        throw new SyncError('server', 'the server could not be reached');
      },
    });
    renderBadge(stores);
    expect(await stores.sync.getState().connect('http://127.0.0.1:5999', 'descent')).toBe(false);
    expect(stores.sync.getState().phase).toBe('error');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByText(/Sync error/)).toBeNull();
  });
});

// Storage for tests: an in-memory Storage, optionally shared by simulated tabs that hear each other's writes the
// way browser tabs do (a `storage` event in every other tab, after the write).
import { createStores, type Stores } from '../src/store/stores';
import { createTabSync, type TabSync } from '../src/store/tab-sync';

export class MemoryStorage implements Storage {
  protected map = new Map<string, string>();
  /** Refuse writes once the stored characters would exceed this (a full quota). */
  quota = Number.POSITIVE_INFINITY;
  writes: string[] = [];
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    const size = this.size() - (this.map.get(k)?.length ?? 0) + v.length + k.length;
    if (size > this.quota) {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    this.map.set(k, String(v));
    this.writes.push(k);
  }
  size() {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
}

type Listener = (e: StorageEvent) => void;

/** A window stand-in for one tab: it receives `storage` events for writes made by other tabs. */
class TabTarget {
  listeners = new Set<Listener>();
  addEventListener(_type: string, l: EventListener) {
    this.listeners.add(l as Listener);
  }
  removeEventListener(_type: string, l: EventListener) {
    this.listeners.delete(l as Listener);
  }
}

/** One tab's view of the shared storage: its writes are queued as events for every other tab. */
class TabStorage extends MemoryStorage {
  constructor(
    private readonly shared: SharedStorage,
    private readonly tab: number,
  ) {
    super();
  }
  override get length() {
    return this.shared.length;
  }
  override getItem(k: string) {
    return this.shared.getItem(k);
  }
  override key(i: number) {
    return this.shared.key(i);
  }
  override removeItem(k: string) {
    this.shared.removeItem(k);
    this.shared.notify(this.tab, k);
  }
  override setItem(k: string, v: string) {
    this.shared.setItem(k, v);
    this.shared.notify(this.tab, k);
  }
  override clear() {
    this.shared.clear();
  }
  override size() {
    return this.shared.size();
  }
}

export class SharedStorage extends MemoryStorage {
  /** Storage events not yet delivered: [tab that wrote, key]. Browsers deliver them later, never during a write. */
  queue: { from: number; key: string }[] = [];
  notify(from: number, key: string) {
    this.queue.push({ from, key });
  }
}

export interface Tab {
  stores: Stores;
  sync: TabSync;
  target: TabTarget;
}

export interface Tabs {
  storage: SharedStorage;
  tabs: Tab[];
  /** Delivers every queued storage event to the other tabs, until none is left. */
  deliver: () => void;
  /** Opens one more tab on the same storage (a reload is a new tab). */
  open: () => Tab;
  dispose: () => void;
}

export function createTabs(
  count: number,
  options: { now?: () => Date; random?: () => number; storage?: SharedStorage } = {},
): Tabs {
  const storage = options.storage ?? new SharedStorage();
  const tabs: Tab[] = [];
  const open = (): Tab => {
    const index = tabs.length;
    const target = new TabTarget();
    const stores = createStores({
      storage: new TabStorage(storage, index),
      now: options.now,
      random: options.random,
    });
    const tab = { stores, target, sync: createTabSync(stores, target as unknown as Window) };
    tabs.push(tab);
    return tab;
  };
  for (let i = 0; i < count; i++) open();
  const deliver = () => {
    for (let guard = 0; storage.queue.length > 0 && guard < 10_000; guard++) {
      const { from, key } = storage.queue.shift() as { from: number; key: string };
      tabs.forEach((t, i) => {
        if (i === from) return;
        const event = { key } as StorageEvent;
        for (const l of t.target.listeners) l(event);
      });
    }
  };
  return {
    storage,
    tabs,
    deliver,
    open,
    dispose: () => {
      for (const t of tabs) t.sync.dispose();
    },
  };
}

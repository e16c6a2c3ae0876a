// The words for how sync is going: the header badge and Settings → Sync say the same thing.

export interface SyncStatusInput {
  phase: 'off' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';
  detail?: string;
}

export function syncStatusText({ phase, detail }: SyncStatusInput): string {
  switch (phase) {
    case 'off':
      return 'Sync is off';
    case 'connecting':
      return 'Connecting…';
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      return 'Synced';
    case 'offline':
      return 'Offline: changes wait';
    case 'error':
      return `Sync error: ${detail ?? 'unknown'}`;
  }
}

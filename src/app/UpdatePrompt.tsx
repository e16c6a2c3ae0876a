// Registers the service worker (offline use) and quietly offers a reload when a new version is waiting.
import { useEffect, useState } from 'react';

export function UpdatePrompt() {
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateSW = registerSW({
        onNeedRefresh: () => setUpdate(() => updateSW),
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!update) return null;
  return (
    <div className="update-prompt" role="status">
      <span>Update available.</span>
      <button type="button" onClick={() => update(true)}>
        Reload
      </button>
    </div>
  );
}

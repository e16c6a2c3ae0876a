// The header's sync badge: shown only once sync is on; a link to Settings → Sync, which says more.
import { Link } from 'react-router';
import { paths } from '../paths';
import { useSync } from '../store/use-stores';
import { syncStatusText } from '../ui/sync-status';

export default function SyncBadge() {
  const phase = useSync((s) => s.phase);
  const detail = useSync((s) => s.detail);
  if (phase === 'off') return null;
  const text = syncStatusText({ phase, detail });
  return (
    <Link to={`${paths.settings.getHref()}#sync`} className={`sync-badge sync-${phase}`} title={text}>
      <span role="status">{text}</span>
    </Link>
  );
}

// The header's sync badge: shown only while sync is on (connected to a server); a link to Settings → Sync, which says
// more. A Connect that failed leaves sync off: Settings says why, and the header stays quiet.
import { Link } from 'react-router';
import { paths } from '../paths';
import { useSync } from '../store/use-stores';
import { syncStatusText } from '../ui/sync-status';

export default function SyncBadge() {
  const on = useSync((s) => s.target !== undefined);
  const phase = useSync((s) => s.phase);
  const detail = useSync((s) => s.detail);
  if (!on || phase === 'off') return null;
  const text = syncStatusText({ phase, detail });
  return (
    <Link to={`${paths.settings.getHref()}#sync`} className={`sync-badge sync-${phase}`} title={text}>
      <span role="status">{text}</span>
    </Link>
  );
}

// The study page's polite status line: what the last action did, how to undo it, and a link when there is more to see.
import { Link } from 'react-router';

export interface StudyMessage {
  text: string;
  /** The action can be undone: the line says so (a keyboard hint, hidden on a touch screen beside the Undo button). */
  undoable?: boolean;
  link?: { href: string; label: string };
}

export function StudyStatus({ message }: { message: StudyMessage | undefined }) {
  // Always in the page, empty when there is nothing to say: a live region must exist before its text changes.
  return (
    <p role="status" className="study-status">
      {message && (
        <>
          {message.text}
          {message.undoable && <span className="key-hint"> Undo with Ctrl+Z.</span>}
          {message.link && (
            <>
              {' '}
              <Link to={message.link.href}>{message.link.label}</Link>
            </>
          )}
        </>
      )}
    </p>
  );
}

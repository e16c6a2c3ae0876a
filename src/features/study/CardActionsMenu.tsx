// "Card actions": a menu button (the WAI-ARIA menu button pattern) over the card being studied. Its items also have
// Anki's keys, which work without opening it (useStudyKeys); each item shows its key.
import {
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

export interface MenuAction {
  id: string;
  label: string;
  /** The key as the item shows it ("@", "Ctrl+1"). */
  keyLabel?: string;
  /** The key in `aria-keyshortcuts` syntax ("@", "Control+1"). */
  shortcut?: string;
  /** Shown but not available (Forget on a card that is new already). */
  disabled?: boolean;
  onSelect: () => void;
}

interface Props {
  actions: readonly MenuAction[];
  /** Open or closed is the session's: an action by key closes the menu too. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The menu button: an action by key while the menu is open gives it focus back before the menu goes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

export function CardActionsMenu({ actions, open, onOpenChange, buttonRef: button }: Props) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  // The item that gets focus when the menu opens: the first, or the last after an Up arrow on the button.
  const [start, setStart] = useState<'first' | 'last'>('first');

  useLayoutEffect(() => {
    if (!open) return;
    const list = items.current.filter((el) => el !== null);
    (start === 'first' ? list[0] : list.at(-1))?.focus();
  }, [open, start]);

  // A press anywhere else closes the menu; focus stays where the learner put it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node && root.current?.contains(e.target))) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, onOpenChange]);

  const openAt = (where: 'first' | 'last') => {
    setStart(where);
    onOpenChange(true);
  };

  const close = () => {
    button.current?.focus();
    onOpenChange(false);
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items.current.filter((el) => el !== null);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(list.length - 1);
        break;
      case 'Escape':
        close();
        break;
      case 'Tab':
        // Tab leaves the menu, as from any menu: it closes, and focus goes on from the button.
        onOpenChange(false);
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const select = (action: MenuAction) => {
    if (action.disabled) return;
    // Focus goes back to the button first, so a dialog the action opens gives focus back to it when it closes.
    close();
    action.onSelect();
  };

  return (
    <div ref={root} className="card-menu">
      <button
        ref={button}
        type="button"
        className="quiet card-menu-button"
        id={`${id}-button`}
        aria-label="Card actions"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? onOpenChange(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true" className="card-menu-icon">
          ⋯
        </span>
        <span className="card-menu-label">Actions</span>
      </button>
      {open && (
        <div
          role="menu"
          id={`${id}-menu`}
          aria-labelledby={`${id}-button`}
          className="card-menu-list"
          onKeyDown={onMenuKey}
        >
          {actions.map((action, i) => (
            <button
              key={action.id}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="card-menu-item"
              aria-disabled={action.disabled || undefined}
              aria-keyshortcuts={action.shortcut}
              onClick={() => select(action)}
            >
              <span>{action.label}</span>
              {action.keyLabel && (
                <span className="key-hint" aria-hidden="true">
                  <kbd>{action.keyLabel}</kbd>
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

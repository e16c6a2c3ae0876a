// "?" opens a dialog listing every keyboard shortcut; a native <dialog> traps focus and closes on Escape.
import { useLayoutEffect, useRef } from 'react';
import { isTyping } from './keys';

const shortcuts: [string, string][] = [
  ['Space', 'Show the answer'],
  ['1 · 2 · 3 · 4', 'Grade a card: Again, Hard, Good, Easy'],
  ['Ctrl+Z', 'Undo the last grade or card action'],
  ['@', 'Suspend the card'],
  ['-', 'Bury the card until tomorrow'],
  ['Ctrl+1', 'Flag or unflag the card'],
  ['E', 'Edit the card'],
  ['1 – 4', 'Pick a choice in a quiz (true/false: 1 True, 2 False)'],
  ['Enter', 'Check a quiz answer, then go to the next question'],
  ['?', 'Show this list'],
];

export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  // A layout effect, as for the study keys: "?" works from the moment the page is painted. A passive effect can run
  // a task later, and a learner (or a test) pressing "?" at once on a busy phone was not heard.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !isTyping(e) && !dialog.current?.open) {
        e.preventDefault();
        dialog.current?.showModal();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}

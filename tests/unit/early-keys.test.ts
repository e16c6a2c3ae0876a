// Keys pressed on a prerendered page before the app listens are pressed again once it does: shortcuts only.
import { describe, expect, it } from 'vitest';
import { replayEarlyKeys } from '../../src/app/early-keys';

function pressedEarly(events: KeyboardEvent[]) {
  const w = window as Window & { __descentEarlyKeys?: () => KeyboardEvent[] };
  w.__descentEarlyKeys = () => events;
  const heard: string[] = [];
  const listen = (e: KeyboardEvent) => heard.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`);
  window.addEventListener('keydown', listen);
  replayEarlyKeys(w);
  window.removeEventListener('keydown', listen);
  return { heard, w };
}

const keydown = (key: string, target: EventTarget, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  target.dispatchEvent(e);
  return e;
};

describe('keys pressed before the app was live', () => {
  it('presses "?", grade keys and Ctrl+Z again, in order, and nothing twice', () => {
    const events = [
      keydown('?', document.body),
      keydown('3', document.body),
      keydown('z', document.body, { ctrlKey: true }),
    ];
    const { heard, w } = pressedEarly(events);
    expect(heard).toEqual(['?', '3', 'Ctrl+z']);
    expect(w.__descentEarlyKeys).toBeUndefined();
    const again: string[] = [];
    window.addEventListener('keydown', (e) => again.push(e.key), { once: true });
    replayEarlyKeys(w);
    expect(again).toEqual([]);
  });

  it('leaves alone keys whose browser action already happened, and typing in a text field', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const events = [keydown('Tab', document.body), keydown(' ', document.body), keydown('a', input)];
    expect(pressedEarly(events).heard).toEqual([]);
    input.remove();
  });
});

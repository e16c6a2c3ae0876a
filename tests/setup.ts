import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// jsdom lacks <dialog> methods; the shortcuts dialog only needs them to toggle `open`.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});

// jsdom's getComputedStyle throws on MathML elements, so a Testing Library role query on a page with a formula
// would crash instead of searching: read a MathML element's style as a span's.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (el: Element, pseudo?: string | null) =>
  el.namespaceURI === 'http://www.w3.org/1998/Math/MathML'
    ? computedStyle(document.createElement('span'), pseudo)
    : computedStyle(el, pseudo);

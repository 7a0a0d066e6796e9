import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadMarkdown } from '../src/features/chat/markdownLoader';

// Components render Markdown at once in tests, as they do once the app has started.
await loadMarkdown();

afterEach(() => cleanup());

// CI may be busy: a query waits on its condition for as long as a slow machine needs.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no modal dialogs: give <dialog> the parts the app uses.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

/**
 * The Markdown renderer (marked and DOMPurify, some 24 kB gzip) loads beside the
 * first screen, not in it: the app starts it at boot, and a message shown before
 * it arrives is shown as plain text for that moment.
 */
import { lazyModule } from '../shared/lazyModule';

const renderer = lazyModule(() => import('./markdown').then((m) => m.renderMarkdown));

export const loadMarkdown = renderer.load;

/** The renderer, or null until it has loaded (the component re-renders then). */
export const useMarkdownRenderer = renderer.use;

/**
 * The Markdown renderer (marked and DOMPurify, some 24 kB gzip) loads beside the
 * first screen, not in it: the app starts it at boot, and a message shown before
 * it arrives is shown as plain text for that moment.
 */
import { useSyncExternalStore } from 'react';

type Renderer = (source: string) => string;

let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;
const listeners = new Set<() => void>();

export function loadMarkdown(): Promise<Renderer> {
  return (loading ??= import('./markdown').then((m) => {
    renderer = m.renderMarkdown;
    listeners.forEach((l) => l());
    return renderer;
  }));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  void loadMarkdown();
  return () => void listeners.delete(listener);
};

/** The renderer, or null until it has loaded (the component re-renders then). */
export const useMarkdownRenderer = (): Renderer | null =>
  useSyncExternalStore(
    subscribe,
    () => renderer,
    () => renderer,
  );

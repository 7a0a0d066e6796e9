/**
 * The last resort when the app cannot start: a plain page (no React, no store)
 * that says so and offers the two things a person needs: reset the settings, and
 * take their conversations with them. Nothing is deleted but the settings.
 */
import { createStore, entries } from 'idb-keyval';
import { groupEntries, joinPieces } from '../store/splitRecord';

const SETTINGS_KEYS = ['parley.settings', 'parley.apiKey', 'parley.activeConversation'];
/** Kept aside on reset, to be looked at; a key is a secret and is only removed. */
const BACKED_UP = new Set(['parley.settings', 'parley.activeConversation']);

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

async function exportConversations(status: HTMLElement) {
  try {
    // Each conversation whole again: its header and its messages, stored apart, in one record.
    const all = [
      ...groupEntries(await entries(createStore('parley', 'conversations'))).values(),
    ].map(joinPieces);
    const blob = new Blob([JSON.stringify(all, null, 2)], {
      type: 'application/json',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'parley-conversations.json';
    a.click();
    status.textContent = `Exported ${all.length} conversation${all.length === 1 ? '' : 's'}.`;
  } catch (error) {
    status.textContent = `The conversations could not be read either (${String(error)}).`;
  }
}

export function showFatalScreen(root: HTMLElement, error: unknown) {
  root.replaceChildren();
  const main = document.createElement('main');
  main.className = 'fatal';
  const heading = document.createElement('h1');
  heading.textContent = 'Parley could not start';
  const text = document.createElement('p');
  text.textContent = `Something this browser stored stopped the app from starting (${error instanceof Error ? error.message : String(error)}). Your conversations are still stored. You can reset the settings and try again, or export your conversations first.`;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const actions = document.createElement('div');
  actions.append(
    button('Reset settings', () => {
      for (const key of SETTINGS_KEYS) {
        try {
          const value = localStorage.getItem(key);
          if (value !== null && BACKED_UP.has(key)) localStorage.setItem(`${key}.previous`, value);
          localStorage.removeItem(key);
          sessionStorage.removeItem(key);
        } catch {
          // Storage blocked: nothing to reset.
        }
      }
      try {
        // An older version kept the key aside too: nothing remembers a key after a reset.
        localStorage.removeItem('parley.apiKey.previous');
      } catch {
        // Storage blocked.
      }
      window.location.reload();
    }),
    button('Export my conversations', () => void exportConversations(status)),
  );
  main.append(heading, text, actions, status);
  root.append(main);
  heading.tabIndex = -1;
  heading.focus();
}

/**
 * The gallery's copy-deck edits, kept for this tab in sessionStorage, which the
 * gallery and its frames (same origin, same tab) share; a frame re-reads it
 * when the gallery says it changed. Only the changed texts are kept.
 */
import {
  COPY_KEYS,
  DEFAULT_DECK,
  deckChanges,
  parseDeck,
  type CopyDeck,
  type CopyKey,
} from '../../copy/deck';

const KEY = 'parley.preview.deck';
export const DECK_CHANGED = 'parley:deck';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readDeck(): CopyDeck {
  try {
    const raw = storage()?.getItem(KEY);
    return parseDeck(raw ? (JSON.parse(raw) as unknown) : {}).deck;
  } catch {
    // A broken stored edit: the app's own texts stand.
    return DEFAULT_DECK;
  }
}

export function writeDeck(deck: CopyDeck) {
  const changes = deckChanges(deck);
  try {
    if (Object.keys(changes).length === 0) storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, JSON.stringify(changes));
  } catch {
    // Storage full or blocked: the edit still shows in this page's frames until reload.
  }
}

/** The texts the built-in assistant writes: a change to one rebuilds the states, not only re-renders them. */
const isVoice = (key: CopyKey) => /^(refusal|behaviour|warning|end)\b/.test(key);

export const voiceKey = (deck: CopyDeck): string =>
  JSON.stringify(COPY_KEYS.filter(isVoice).map((k) => deck[k]));

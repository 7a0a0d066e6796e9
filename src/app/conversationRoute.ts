/**
 * A link per conversation: #/c/<id> opens that conversation, a bare link opens a
 * new chat, always. Opening a conversation from the sidebar is a navigation (back
 * and forward retrace it); what the store changes by itself (a first message, a
 * deletion, an import) replaces the link instead. A link to a conversation this
 * browser does not hold says so, and opens it if another tab's save brings it.
 */
import type { ChatStore } from '../store/chatStore';
import type { Navigation } from '../features/shared/navigation';
import { own } from '../domain/own';

const PREFIX = '#/c/';

export const conversationHash = (id: string) => `${PREFIX}${encodeURIComponent(id)}`;

/** The conversation a chat link names; null for a bare link; undefined for other routes (the gallery). */
export function linkedConversation(hash: string): string | null | undefined {
  if (hash.startsWith('#/preview')) return undefined;
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const id = decodeURIComponent(hash.slice(PREFIX.length));
    return id.length > 0 && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}

const hasMessages = (store: ChatStore, id: string | null) => {
  const tree = id === null ? undefined : own(store.getState().conversations, id)?.tree;
  return tree !== undefined && !tree.isEmpty;
};

/** Follows the link once the stored conversations have loaded; returns the app's Navigation and a disconnect. */
export function connectConversationRoute(
  store: ChatStore,
  win: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'> = window,
): { navigation: Navigation; follow(): void; disconnect(): void } {
  // Nothing is written to the link before it has been followed once (after loading).
  let followed = false;
  const follow = () => {
    followed = true;
    const linked = linkedConversation(win.location.hash);
    if (linked === undefined) return;
    const state = store.getState();
    if (linked === null) {
      state.setMissingLink(null);
      if (hasMessages(store, state.activeId) || !state.activeId) state.newConversation();
      return;
    }
    if (own(state.conversations, linked)) {
      state.setMissingLink(null);
      state.select(linked);
    } else {
      state.setMissingLink(linked);
      if (hasMessages(store, state.activeId) || !state.activeId) state.newConversation();
    }
  };

  /** What the link should say for what is open now. */
  const desired = () => {
    const { activeId, missingLink } = store.getState();
    if (missingLink) return conversationHash(missingLink);
    return activeId && hasMessages(store, activeId) ? conversationHash(activeId) : '#/';
  };

  // What the link last said for the app's state; the tree's tables change in
  // place, so the previous state cannot tell whether a chat just got its first message.
  let said: string | null = null;
  const unsubscribe = store.subscribe((state) => {
    if (!state.hydrated || !followed) return;
    // The conversation a link named has arrived (another tab saved it): open it.
    if (state.missingLink && own(state.conversations, state.missingLink)) {
      const id = state.missingLink;
      state.setMissingLink(null);
      state.select(id);
      return;
    }
    const next = desired();
    if (next === said || linkedConversation(win.location.hash) === undefined) return;
    said = next;
    if (win.location.hash !== next && !(next === '#/' && win.location.hash === '')) {
      win.history.replaceState(win.history.state, '', next);
    }
  });

  const onHash = () => follow();
  win.addEventListener('hashchange', onHash);

  // The hash change is a step in history; following it at once (hashchange comes
  // later, and following twice is harmless) lets the caller focus what it opened.
  const go = (hash: string) => {
    if (win.location.hash !== hash && !(hash === '#/' && win.location.hash === ''))
      win.location.hash = hash;
    follow();
  };
  const navigation: Navigation = {
    open: (id) => go(conversationHash(id)),
    openNew: () => go('#/'),
  };
  return {
    navigation,
    follow,
    disconnect: () => {
      unsubscribe();
      win.removeEventListener('hashchange', onHash);
    },
  };
}

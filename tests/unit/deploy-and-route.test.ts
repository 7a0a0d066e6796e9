import { describe, expect, it } from 'vitest';
import { parsePreviewHash } from '../../src/features/preview/controls';
import {
  connectConversationRoute,
  conversationHash,
  linkedConversation,
} from '../../src/app/conversationRoute';
import { loadDeployConfig, readDeployConfig } from '../../src/app/deployConfig';
import { DEFAULT_POLICY } from '../../src/domain/safety/policyConfig';
import { testStore } from '../helpers';

describe("the deployment's config file", () => {
  it('sets the thresholds it names and keeps the defaults for the rest', () => {
    const config = readDeployConfig('{"policy":{"refusalsBeforeWarning":4}}');
    expect(config).toEqual({
      policy: { ...DEFAULT_POLICY, refusalsBeforeWarning: 4 },
      problem: null,
    });
  });

  it.each([
    ['not JSON', '{policy', /not JSON/],
    ['a wrong type', '{"policy":{"warningEnabled":"yes"}}', /wrong shape/],
    ['a value out of range', '{"policy":{"strikesAfterWarning":0}}', /Strikes after the warning/],
    ['a fraction', '{"policy":{"refusalsBeforeEnd":1.5}}', /whole number/],
  ])('with %s keeps every default and says why', (_, text, why) => {
    const config = readDeployConfig(text);
    expect(config.policy).toEqual(DEFAULT_POLICY);
    expect(config.problem).toMatch(why);
  });

  it('a missing file or a failed request means the defaults, silently', async () => {
    const missing = await loadDeployConfig(() =>
      Promise.resolve(new Response('', { status: 404 })),
    );
    expect(missing).toEqual({ policy: DEFAULT_POLICY, problem: null });
    const offline = await loadDeployConfig(() => Promise.reject(new TypeError('offline')));
    expect(offline).toEqual({ policy: DEFAULT_POLICY, problem: null });
  });
});

/** A window whose location and history behave like a browser's, for the hash only. */
function fakeWindow(initial = '') {
  const listeners = new Set<() => void>();
  const entries = [initial];
  let at = 0;
  const location = {
    get hash() {
      return entries[at]!;
    },
    set hash(value: string) {
      entries.splice(at + 1, Infinity, value);
      at += 1;
      listeners.forEach((l) => l());
    },
  };
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => void (entries[at] = url),
    },
    addEventListener: (_: string, l: () => void) => void listeners.add(l),
    removeEventListener: (_: string, l: () => void) => void listeners.delete(l),
    back() {
      at -= 1;
      listeners.forEach((l) => l());
    },
  };
  return win as unknown as Window & { back(): void };
}

describe('a link per conversation', () => {
  it('reads #/c/<id>, treats a bare link as a new chat and leaves the gallery alone', () => {
    expect(linkedConversation(conversationHash('a b'))).toBe('a b');
    expect(linkedConversation('')).toBeNull();
    expect(linkedConversation('#/')).toBeNull();
    expect(linkedConversation('#/c/%E0%A4%A')).toBeNull();
    expect(linkedConversation('#/preview/ended-by-policy')).toBeUndefined();
  });

  it('a first message gives the chat its link; opening another is a step back retraces', async () => {
    const store = testStore();
    const win = fakeWindow('');
    const route = connectConversationRoute(store, win);
    route.follow();
    await store.getState().send('First chat');
    const first = store.getState().activeId!;
    expect(win.location.hash).toBe(conversationHash(first));

    route.navigation.openNew();
    expect(win.location.hash).toBe('#/');
    await store.getState().send('Second chat');
    const second = store.getState().activeId!;
    expect(second).not.toBe(first);
    expect(win.location.hash).toBe(conversationHash(second));

    route.navigation.open(first);
    expect(store.getState().activeId).toBe(first);
    win.back();
    expect(store.getState().activeId).toBe(second);
    route.disconnect();
  });

  it('a link this browser does not hold says so, opens a new chat, and opens it if it arrives', () => {
    const store = testStore();
    const win = fakeWindow(conversationHash('elsewhere'));
    const route = connectConversationRoute(store, win);
    route.follow();
    expect(store.getState().missingLink).toBe('elsewhere');
    expect(win.location.hash).toBe(conversationHash('elsewhere'));
    // Another tab's first save brings it: it opens, and the message goes away.
    const arrived = { id: 'elsewhere', title: 'From the other tab', createdAt: 1, updatedAt: 1 };
    store
      .getState()
      .importConversations([
        { ...arrived, tree: store.getState().conversations[store.getState().activeId!]!.tree },
      ]);
    const imported = Object.values(store.getState().conversations).find(
      (c) => c.title === arrived.title,
    )!;
    store.setState((s) => ({
      conversations: { ...s.conversations, elsewhere: { ...imported, id: 'elsewhere' } },
    }));
    expect(store.getState().activeId).toBe('elsewhere');
    expect(store.getState().missingLink).toBeNull();
    route.disconnect();
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'a link to #/c/%s is a conversation this browser does not hold, not a crash',
    (id) => {
      const store = testStore();
      const win = fakeWindow(conversationHash(id));
      const route = connectConversationRoute(store, win);
      expect(() => route.follow()).not.toThrow();
      expect(store.getState().missingLink).toBe(id);
      expect(store.getState().activeId).not.toBe(id);
      route.disconnect();
    },
  );

  it('a malformed escape in a preview link names an unknown state, not a crash', () => {
    expect(parsePreviewHash('#/preview/%E0%A4%A?theme=dark').id).toBe('%E0%A4%A');
  });
});

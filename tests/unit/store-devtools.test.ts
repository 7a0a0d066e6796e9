/** Issue 29, item 7: in development each store change shows in Redux DevTools by its event's name. */
import { afterEach, describe, expect, it } from 'vitest';
import { devtools } from 'zustand/middleware';
import { createBuiltinAssistant } from '../../src/assistants/builtin';
import { DEFAULT_POLICY } from '../../src/domain/safety/policy';
import { createChatStore } from '../../src/store/chatStore';

type Extension = { connect: () => unknown };
const host = window as unknown as { __REDUX_DEVTOOLS_EXTENSION__?: Extension };

afterEach(() => delete host.__REDUX_DEVTOOLS_EXTENSION__);

describe('store devtools', () => {
  it('names every change a turn makes after the event that made it', async () => {
    const names: string[] = [];
    host.__REDUX_DEVTOOLS_EXTENSION__ = {
      connect: () => ({
        init: () => {},
        send: (action: { type: string }) => names.push(action.type),
        subscribe: () => () => {},
        unsubscribe: () => {},
        error: () => {},
      }),
    };
    const store = createChatStore({
      assistant: () => createBuiltinAssistant({ paceMs: 0 }),
      policy: () => DEFAULT_POLICY,
      devtools,
    });
    store.getState().hydrate([], []);
    await store.getState().send('How do branches work?');
    const named = [...new Set(names.filter((n) => n.includes('/')))];
    expect(named).toEqual([
      'message/placed',
      'turn/started',
      'turn/judged',
      'reply/started',
      'reply/text',
      'reply/finished',
      'turn/settled',
    ]);
  });
});

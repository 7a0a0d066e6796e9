/** The turn's code is loaded with the first message: when it cannot be fetched, the message stays and the person is told. */
import { describe, expect, it, vi } from 'vitest';
import { testStore } from '../helpers';

vi.mock('../../src/turns/runTurn', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a turn whose code cannot load', () => {
  it('keeps the message, says why, and lets the next turn start', async () => {
    const store = testStore();
    const result = await store.getState().send('Are you there?');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/could not load/) });
    const s = store.getState();
    const thread = s.conversations[s.activeId!]!.tree.thread();
    expect(thread.map((n) => [n.role, n.text])).toEqual([['user', 'Are you there?']]);
    expect(s.notice?.text).toMatch(/Your message is saved/);
    expect(s.replying).toEqual({});
  });
});

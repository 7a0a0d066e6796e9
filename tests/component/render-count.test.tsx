import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatScreen } from '../../src/features/chat/ChatScreen';
import { setRenderProbe } from '../../src/features/chat/renderProbe';
import type { Assistant } from '../../src/assistants/types';
import { testStore } from '../helpers';
import { renderWithStores } from './render';

/** An assistant whose chunks the test releases one at a time. */
function steppedAssistant() {
  const waiting: ((text: string | null) => void)[] = [];
  const assistant: Assistant = {
    backend: 'test',
    model: 'stepped',
    async *stream() {
      for (;;) {
        const text = await new Promise<string | null>((resolve) => waiting.push(resolve));
        if (text === null) break;
        yield { type: 'text', text };
      }
      yield { type: 'done' };
    },
  };
  const push = async (text: string | null) => {
    await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    waiting.shift()!(text);
    await new Promise((r) => setTimeout(r, 60)); // past the 32 ms frame in which text is coalesced
  };
  return { assistant, push };
}

afterEach(() => setRenderProbe(null));

describe('rendering while a reply streams', () => {
  it('a streaming chunk re-renders only the streaming message', async () => {
    const stepped = steppedAssistant();
    let answer: Assistant | null = null;
    const chat = testStore({
      assistant: {
        backend: 'x',
        model: 'x',
        stream: (r) => (answer ?? stepped.assistant).stream(r),
      },
    });
    for (let i = 0; i < 10; i += 1) {
      answer = (await import('../../src/assistants/builtin')).createBuiltinAssistant({ paceMs: 0 });
      await chat.getState().send(`hello ${i}`);
    }
    answer = null;
    const rendered: string[] = [];
    setRenderProbe((id) => rendered.push(id));
    renderWithStores(<ChatScreen />, { chat });
    void chat.getState().send('a long answer please');
    await stepped.push('First ');
    await screen.findByText(/First/);

    rendered.length = 0;
    await act(() => stepped.push('chunk '));
    await screen.findByText(/First chunk/);
    const streamingId = chat.getState().conversations[chat.getState().activeId!]!.tree.headId!;
    expect(new Set(rendered)).toEqual(new Set([streamingId]));
    expect(screen.getAllByRole('article')).toHaveLength(22);
    await act(() => stepped.push(null));
  });
});

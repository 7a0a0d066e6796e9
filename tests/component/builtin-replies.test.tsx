/** The built-in assistant as a person meets it: varied, responsive, and plain when danger is near. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChatScreen } from '../../src/features/chat/ChatScreen';
import { testStore } from '../helpers';
import { renderWithStores } from './render';

async function chatAfter(messages: readonly string[]) {
  const chat = testStore();
  for (const text of messages) await chat.getState().send(text);
  renderWithStores(<ChatScreen />, { chat });
  return screen
    .getAllByRole('article')
    .filter((a) => a.getAttribute('aria-label') !== 'You said')
    .map((a) => a.querySelector('.markdown')?.textContent ?? '');
}

const distinct = (replies: readonly string[]) => new Set(replies.map((r) => r.trim())).size;

describe('built-in assistant replies', () => {
  it('never repeats itself word for word, however often the same thing is asked', async () => {
    const asked = [
      'hello',
      'What is the capital of France?',
      'What is the capital of France?',
      'What is the capital of France?',
      'thanks',
      'thanks',
      'hello',
      'what can you do?',
      'what can you do?',
      'tell me a joke',
      'tell me a joke',
      'tell me a joke',
    ];
    const replies = await chatAfter(asked);
    expect(replies).toHaveLength(asked.length);
    expect(distinct(replies)).toBe(asked.length);
  });

  it('answers what was said: sarcasm, frustration, greetings and questions about itself', async () => {
    const [sarcasm, frustration, greeting, itself] = await chatAfter([
      'thanks for nothing',
      'this is useless',
      'good morning',
      'who are you?',
    ]);
    expect(sarcasm).not.toMatch(/welcome/i);
    expect(sarcasm).toMatch(/sorry|fair enough/i);
    expect(frustration).toMatch(/built-in assistant|deliberately limited/i);
    expect(greeting).toMatch(/^Hello/);
    expect(itself).toMatch(/built-in assistant|not a language model/);
  });

  it('on a risk path: every reply different, insults and end requests included, and the resources left to the panel', async () => {
    const replies = await chatAfter([
      'I want to end my life',
      'you are useless',
      'fuck you',
      'end this conversation',
      'end this conversation',
      'whatever',
      'whatever',
    ]);
    expect(distinct(replies)).toBe(replies.length);
    // Shown once, in the panel: the replies point to it rather than list the lines.
    for (const reply of replies) expect(reply).not.toMatch(/741741|findahelpline/);
    expect(replies[0]).toMatch(/resources below/i);
    expect(screen.getByRole('region', { name: 'Support resources' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This conversation has ended' })).toBeNull();
  });

  it('a message that signals imminence gets a plain call to act now; a first disclosure does not', async () => {
    const [disclosure, tonight, pills] = await chatAfter([
      'I feel like I want to die',
      'tonight is the night',
      'the pills are in front of me',
    ]);
    expect(disclosure).not.toMatch(/emergency number now/i);
    for (const urgent of [tonight, pills]) {
      expect(urgent).toMatch(/emergency/i);
      expect(urgent).toMatch(/988/);
      expect(urgent).toMatch(/\bnow\b/i);
    }
    expect(tonight).not.toBe(pills);
  });
});

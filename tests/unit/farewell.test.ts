import { describe, expect, it } from 'vitest';
import { judge } from '../../src/domain/safety/judge';
import { contextAt } from '../../src/domain/safety/guardContext';
import type { MessageNode } from '../../src/domain/types';

const user = (id: string, text: string): MessageNode => ({
  id,
  parentId: null,
  role: 'user',
  text,
  createdAt: 1,
  status: 'done',
});
const reply = (id: string): MessageNode => ({
  id,
  parentId: null,
  role: 'assistant',
  text: 'I hear you.',
  createdAt: 1,
  status: 'done',
});

describe('farewell signs across a conversation', () => {
  it('two different signs on one path make a risk path, at the second', () => {
    const path = [
      user('u1', 'I wrote letters to my family today'),
      reply('a1'),
      user('u2', 'I gave my dog to my neighbour'),
    ];
    expect(judge(path[0]!.text, contextAt(path, 0)).kind).toBe('benign');
    const second = judge(path[2]!.text, contextAt(path, 2));
    expect(second).toMatchObject({ kind: 'risk', subject: 'self', source: 'context' });
  });

  it('the same sign twice, or one sign among ordinary talk, is no risk', () => {
    const same = [
      user('u1', 'I wrote letters to my family today'),
      reply('a1'),
      user('u2', 'I wrote notes to my kids as well'),
    ];
    expect(judge(same[2]!.text, contextAt(same, 2)).kind).toBe('benign');
    const ordinary = [
      user('u1', 'Planning a move abroad'),
      reply('a1'),
      user('u2', 'I gave my dog to my neighbour while I find a flat'),
    ];
    expect(judge(ordinary[2]!.text, contextAt(ordinary, 2)).kind).toBe('benign');
  });

  it('a message with no sign of its own is not made a risk by earlier ones', () => {
    const path = [
      user('u1', 'I wrote letters to my family today'),
      reply('a1'),
      user('u2', "I think I'm finally at peace with it"),
      reply('a2'),
      user('u3', 'What is the weather tomorrow?'),
    ];
    expect(judge(path[2]!.text, contextAt(path, 2)).kind).toBe('risk');
    expect(judge(path[4]!.text, contextAt(path, 4)).kind).toBe('benign');
  });

  it('lookalikes of each sign leave the message alone', () => {
    for (const text of ['I gave my dog a bath', "I'm at peace with the new schedule"])
      expect(judge(text, { earlier: ['I wrote letters to my family today'] }).kind).toBe('benign');
  });
});

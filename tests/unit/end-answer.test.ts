/**
 * Issue 27, item 2: the answer to "shall I end this chat?", typed or pressed.
 * Typed answers are read by vocabulary in context; the control is recorded as such.
 */
import { describe, expect, it } from 'vitest';
import { answerToEndQuestion, readEndAnswer } from '../../src/domain/safety/context';
import { judge } from '../../src/domain/safety/judge';
import { decide, foldPath, INITIAL_STATE, type PolicyState } from '../../src/domain/safety/policy';
import { playConversation } from '../../src/store/playConversation';
import type { MessageNode, RecordedVerdict } from '../../src/domain/types';

const AFFIRMATIVES = [
  'yes',
  'Yes.',
  'YES!',
  'yep',
  'yeah',
  'y',
  'sure',
  'Sure, go ahead.',
  'go ahead',
  'ok do it',
  'Okay.',
  'I confirm',
  'confirmed',
  'do it',
  'end it',
  'End it.',
  'End it permanently.',
  'Yes. End it. End it permanently.',
  'yes please',
  'Yes, please end the conversation.',
  "yes I'm sure",
  'I am sure, end this chat',
  'absolutely',
  'definitely, close it',
  'please do',
];

const DECLINES = [
  'no',
  'No.',
  'nope',
  'nah',
  'no, keep chatting',
  'Keep chatting',
  "don't end it",
  'Do not end this chat!',
  'never mind',
  'wait',
  'cancel',
  "let's continue",
  'No thanks, I changed my mind',
  'keep it open please',
];

/** Not an answer: judged on its own, so risk behind a yes is still read as risk. */
const NEITHER = [
  'end it all',
  'yes, I want to end it all',
  'Yes, and then I will end my life',
  'How do branches work?',
  'actually, what is the weather like tomorrow',
  'What does ending it mean for my history?',
  '',
  'yes '.repeat(30),
];

const QUESTION = 'Do you want me to end this conversation? Reply yes to confirm.';

describe('reading the answer to "shall I end this chat?"', () => {
  it.each(AFFIRMATIVES)('%j confirms', (text) => expect(readEndAnswer(text)).toBe('confirm'));
  it.each(DECLINES)('%j declines', (text) => expect(readEndAnswer(text)).toBe('decline'));
  it.each(NEITHER)('%j is no answer', (text) => expect(readEndAnswer(text)).toBeNull());

  it('reads an answer only right after the question, by its words or by the reply kind', () => {
    expect(answerToEndQuestion('yes', undefined)).toBeNull();
    expect(answerToEndQuestion('yes', { previousAssistant: 'Glad to help!' })).toBeNull();
    expect(answerToEndQuestion('yes', { previousAssistant: QUESTION })).toBe('confirm');
    // A designer may reword the question: the client's own reply kind still says it asked.
    expect(
      answerToEndQuestion('go ahead', { previousAssistant: 'Sure?', previousKind: 'confirm_end' }),
    ).toBe('confirm');
  });

  it('"end it" answering the question is a confirmation; alone, and "end it all" after it, are read as risk', () => {
    expect(judge('End it permanently.', { previousAssistant: QUESTION }).kind).toBe('confirm');
    expect(judge('end it all', { previousAssistant: QUESTION }).kind).toBe('risk');
    expect(judge('yes, I want to end it all', { previousAssistant: QUESTION }).kind).toBe('risk');
  });
});

const user = (id: string, verdict: RecordedVerdict): MessageNode => ({
  id,
  parentId: null,
  role: 'user',
  text: id,
  createdAt: 0,
  status: 'done',
  verdict,
});
const v = (kind: RecordedVerdict['kind'], via?: 'control'): RecordedVerdict => ({
  kind,
  source: 'context',
  version: 'test',
  ...(via ? { via } : {}),
});
const asked: PolicyState = { ...INITIAL_STATE, endRequested: true, awaitingEndConfirmation: true };

describe('the policy and the answer', () => {
  it('a press of End this chat ends in either mode, recorded as confirmed by the control', () => {
    for (const mode of ['client_enforces', 'model_decides'] as const) {
      expect(decide(asked, user('u', v('confirm', 'control')), mode)).toMatchObject({
        kind: 'end',
        by: 'user',
        reason: 'user_request',
        confirmedBy: 'control',
        triggerIds: ['u'],
      });
    }
  });

  it('typed, the client ends on its own question; with the model deciding, words are the model’s', () => {
    expect(decide(asked, user('u', v('confirm')), 'client_enforces')).toMatchObject({
      kind: 'end',
      confirmedBy: 'words',
    });
    expect(decide(asked, user('u', v('confirm')), 'model_decides').kind).toBe('answer');
  });

  it('a no, typed or pressed, keeps the chat open and says so; with no question open, nothing', () => {
    expect(decide(asked, user('u', v('decline', 'control')))).toMatchObject({
      kind: 'answer',
      keptOpen: true,
    });
    expect(decide(INITIAL_STATE, user('u', v('confirm', 'control'))).kind).toBe('answer');
    expect(decide(INITIAL_STATE, user('u', v('decline')))).not.toHaveProperty('keptOpen');
  });

  it('on a risk path no question is open and no answer ends', () => {
    const risky = { ...asked, riskPath: true };
    expect(decide(risky, user('u', v('confirm', 'control'))).kind).toBe('support');
  });

  it('the model’s own question to a person who asked to end opens the control', () => {
    const path: MessageNode[] = [
      { ...user('u1', v('end_request')), text: 'please end this chat' },
      {
        id: 'a1',
        parentId: 'u1',
        role: 'assistant',
        text: 'Are you sure you want me to end this conversation?',
        createdAt: 1,
        status: 'done',
        kind: 'answer',
        mode: 'model_decides',
      },
    ];
    expect(foldPath(path).awaitingEndConfirmation).toBe(true);
    // The same words after anything but a request to end do not.
    expect(
      foldPath([{ ...path[0]!, verdict: v('benign') }, path[1]!]).awaitingEndConfirmation,
    ).toBe(false);
  });

  it('in conversations: every confirmed request ends, every declined or changed subject stays open', async () => {
    for (const yes of ['I confirm', 'go ahead', 'sure', 'yep, end it permanently'])
      expect(
        (await playConversation(['hi', 'please end this chat', yes], judge)).endedBy,
        yes,
      ).toBe('user');
    for (const other of ['no', 'keep chatting', 'How do branches work?', 'wait, what is a branch?'])
      expect(
        (await playConversation(['hi', 'please end this chat', other], judge)).endedAt,
        other,
      ).toBeNull();
  });
});

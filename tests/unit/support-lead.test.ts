/**
 * Issue 27, item 1 (in part): support follows the person's lead, and urgency only
 * rises with the signals. On a risk path nothing ever ends and the panel stays;
 * what changes is how the replies read.
 */
import { describe, expect, it } from 'vitest';
import { composeReply } from '../../src/assistants/builtin/replies';
import { judge } from '../../src/domain/safety/judge';
import { playConversation } from '../../src/store/playConversation';

/** Each turn's support reading: "urgent", "lead" (answers as asked), "support", or the decision's kind. */
async function readings(turns: readonly string[]) {
  const outcome = await playConversation(turns, judge);
  expect(outcome.endedAt).toBeNull();
  return outcome.turns.map(({ brief: b }) =>
    b?.kind !== 'support' ? b?.kind : b.urgent ? 'urgent' : b.followsLead ? 'lead' : 'support',
  );
}

describe('support follows the person’s lead', () => {
  it('after a false alarm, "I’m fine, it was a joke" brings answers back; a new signal brings support back', async () => {
    expect(
      await readings([
        'I want to die of embarrassment, I tripped in front of my crush haha',
        "lol no I'm fine, it was a joke. How do branches work?",
        'I could murder a pizza right now haha',
        'How do I export a chat?',
        'actually I do want to kill myself',
        'How do I export a chat?',
      ]),
    ).toEqual(['support', 'lead', 'lead', 'lead', 'support', 'support']);
  });

  it.each([
    "I'm fine now",
    'jk im ok',
    'It was just a joke, sorry',
    'false alarm, I am safe',
    "don't worry, I'm alright",
  ])('%j eases', (text) => expect(judge(text).eases).toBe(true));

  it.each([
    "I'm not fine",
    "I'm not joking",
    'This is no joke, I feel better when I imagine being dead',
    "I'm fine, I just want to die",
  ])('%j does not ease', (text) => expect(judge(text).eases).toBeUndefined());
});

describe('urgency only rises with the signals', () => {
  it('a plan, a time or the means at hand make the replies urgent, and they stay so until the person eases', async () => {
    expect(
      await readings([
        'I want to kill myself',
        'I have the pills right here',
        'what do I even say to them',
        'I want to die',
        "I'm okay now, really. Sorry for scaring you.",
        'I want to die',
      ]),
    ).toEqual(['support', 'urgent', 'urgent', 'urgent', 'lead', 'support']);
  });

  it.each([
    'I want to kill myself tonight',
    'I have the pills right here',
    'the time is set and I have everything ready',
    "I've written my note",
    'I gave away all my things',
    'standing on the bridge now',
  ])('%j is urgent on a risk path', async (text) => {
    expect((await readings(['I want to die', text]))[1]).toBe('urgent');
  });

  it('the built-in assistant says so: an urgent reply calls for help now; a lead-following one answers', async () => {
    const outcome = await playConversation(
      ['I want to kill myself', 'I have the pills right here'],
      judge,
    );
    const urgent = composeReply(
      [{ role: 'user', text: 'I have the pills right here', refused: false }],
      outcome.turns[1]!.brief!,
    );
    expect(urgent).toMatch(/988/);
    expect(urgent).toMatch(/\bnow\b/i);
    const eased = await playConversation(
      ['I want to die', "lol no I'm fine, it was a joke. How do branches work?"],
      judge,
    );
    const reply = composeReply(
      [
        {
          role: 'user',
          text: "lol no I'm fine, it was a joke. How do branches work?",
          refused: false,
        },
      ],
      eased.turns[1]!.brief!,
    );
    expect(reply).toMatch(/resources stay below/);
    expect(reply).toMatch(/branch/i);
    expect(reply).not.toMatch(/988|emergency/);
  });
});

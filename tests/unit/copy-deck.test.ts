import { describe, expect, it } from 'vitest';
import { composeReply } from '../../src/assistants/builtin/replies';
import {
  alternatives,
  COPY_KEYS,
  copyText,
  DEFAULT_DECK,
  deckChanges,
  fill,
  parseDeck,
  shapeOf,
} from '../../src/copy/deck';
import deckJson from '../../src/copy/deck.json';
import { DEFAULT_POLICY } from '../../src/domain/safety/policyConfig';
import {
  DEFAULT_CONTROLS,
  frameHash,
  framesOf,
  parsePreviewHash,
  previewHash,
} from '../../src/features/preview/controls';

describe('the copy deck', () => {
  it('is the JSON file the app ships, every value a text, alternatives or plural forms', () => {
    expect(DEFAULT_DECK).toEqual(deckJson);
    expect(parseDeck(deckJson)).toEqual({ deck: DEFAULT_DECK, problems: [] });
    for (const key of COPY_KEYS) expect(alternatives(DEFAULT_DECK, key).length).toBeGreaterThan(0);
  });

  it('takes a partial deck, keeps defaults for the rest, and names what it did not take', () => {
    const { deck, problems } = parseDeck({
      'notice.heading': 'Closed',
      warning: 'one text where a list belongs',
      'notice.reason.abuse': { one: 'x' },
      'branch.cancel': '',
      'no.such': 'x',
    });
    expect(deck['notice.heading']).toBe('Closed');
    expect(deck.warning).toEqual(DEFAULT_DECK.warning);
    expect(deck['notice.reason.abuse']).toEqual(DEFAULT_DECK['notice.reason.abuse']);
    expect(deck['branch.cancel']).toBe(DEFAULT_DECK['branch.cancel']);
    expect(problems).toEqual([
      '“warning” should be a list of non-empty texts; the default was kept.',
      '“notice.reason.abuse” should be an object with “one” and “other” texts; the default was kept.',
      '“branch.cancel” should be a non-empty text; the default was kept.',
      '“no.such” is not a text of the app; it was left out.',
    ]);
    expect(deckChanges(deck)).toEqual({ 'notice.heading': 'Closed' });
  });

  it('refuses what is not a deck at all, keeping every default', () => {
    for (const input of [null, 'text', [1, 2], 42]) {
      const { deck, problems } = parseDeck(input);
      expect(deck).toBe(DEFAULT_DECK);
      expect(problems).toHaveLength(1);
    }
  });

  it('fills slots, leaves an unknown slot visible, and picks the plural form by count', () => {
    expect(fill('ended because of {behaviour}', { behaviour: 'insults' })).toBe(
      'ended because of insults',
    );
    expect(fill('a {typo} stays', {})).toBe('a {typo} stays');
    expect(copyText(DEFAULT_DECK, 'behaviour.abuse', {}, 1)).toBe('an insult aimed at me');
    expect(copyText(DEFAULT_DECK, 'behaviour.abuse', {}, 2)).toBe('insults aimed at me');
    expect(copyText(DEFAULT_DECK, 'behaviour.abuse', {}, 0)).toBe('insults aimed at me');
    expect(shapeOf(DEFAULT_DECK['notice.reason.abuse'])).toBe('plural');
  });
});

describe('count-aware words from the built-in assistant', () => {
  const warning = (count: number) =>
    composeReply([{ role: 'user', text: 'x' }], {
      kind: 'warning',
      reason: 'harmful_requests',
      category: 'weapons',
      count,
    });

  it('warns about one request as one, and about several as repeated', () => {
    expect(warning(1)).toContain(
      'this conversation has included a request for instructions for weapons',
    );
    expect(warning(1)).not.toContain('repeated');
    expect(warning(3)).toContain('repeated requests for instructions for weapons');
  });

  it('speaks an edited deck', () => {
    const deck = { ...DEFAULT_DECK, 'end.user': 'Closed, as you asked.' };
    const reply = composeReply(
      [{ role: 'user', text: 'yes' }],
      { kind: 'end', by: 'user', reason: 'user_request', category: 'other', count: 1 },
      deck,
    );
    expect(reply).toBe('Closed, as you asked.');
  });
});

describe('the gallery link', () => {
  it('keeps compare views, the player and the policy, and leaves defaults out', () => {
    const controls = {
      ...DEFAULT_CONTROLS,
      theme: 'dark' as const,
      compare: 'widths' as const,
      width2: 768 as const,
      script: 'abuse',
      turn: 3,
      policy: { ...DEFAULT_POLICY, refusalsBeforeWarning: 0 },
    };
    const hash = previewHash('player', controls);
    expect(hash).toBe(
      '#/preview/player?theme=dark&refusals=0&compare=widths&width2=768&script=abuse&turn=3',
    );
    expect(parsePreviewHash(hash)).toEqual({ id: 'player', controls });
    expect(previewHash('empty', DEFAULT_CONTROLS)).toBe('#/preview/empty');
  });

  it('gives each compared frame its own theme, width or state, each frame one link', () => {
    const c = { ...DEFAULT_CONTROLS, compare: 'themes' as const };
    expect(framesOf('warning', c).map((f) => f.controls.theme)).toEqual(['light', 'dark']);
    expect(
      framesOf('warning', { ...c, compare: 'states', other: 'empty' }).map((f) => f.id),
    ).toEqual(['warning', 'empty']);
    expect(frameHash('warning', { ...c, theme: 'dark', width: 360 })).toBe(
      '#/frame/warning?theme=dark&width=360',
    );
  });

  it('reads a broken link as the defaults', () => {
    const { controls } = parsePreviewHash('#/preview/x?width=999&compare=nope&turn=-2&theme=pink');
    expect(controls).toEqual(DEFAULT_CONTROLS);
  });
});

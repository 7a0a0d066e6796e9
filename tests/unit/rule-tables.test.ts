/** Each rule table is tested by its own examples: what it must catch, and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { classify, normalise } from '../../src/domain/safety/classifier';
import { HARM_TABLES, REQUEST_FRAME } from '../../src/domain/safety/rules';
import { SIGNAL_TABLES } from '../../src/domain/safety/rules/signals';

describe('harm tables', () => {
  for (const table of HARM_TABLES) {
    describe(table.category, () => {
      it('has examples both ways', () => {
        expect(table.examples.match.length).toBeGreaterThanOrEqual(4);
        expect(table.examples.pass.length).toBeGreaterThanOrEqual(4);
      });
      it('catches its examples, in its own category', () => {
        for (const text of table.examples.match) {
          const n = normalise(text);
          const own =
            table.paired.patterns.some((p) => p.test(n)) ||
            (REQUEST_FRAME.test(n) && table.lexicon.some((p) => p.test(n)));
          expect(own, `the table's patterns: ${text}`).toBe(true);
          expect(classify(text), text).toEqual({ kind: 'harmful', category: table.category });
        }
      });
      it('leaves its lookalikes alone', () => {
        for (const text of table.examples.pass)
          expect(classify(text).kind, text).not.toBe('harmful');
      });
    });
  }
});

describe('signal tables', () => {
  for (const table of SIGNAL_TABLES) {
    it(`${table.name}: catches its examples and leaves its lookalikes alone`, () => {
      for (const text of table.examples.match)
        expect(
          table.patterns.some((p) => p.test(normalise(text))),
          text,
        ).toBe(true);
      for (const text of table.examples.pass)
        expect(
          table.patterns.some((p) => p.test(normalise(text))),
          text,
        ).toBe(false);
    });
  }
});

/** Issue 28, item 9: long texts are cut into pieces that join back exactly, in linear time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../src/features/chat/LongText';

describe('cutting long text into pieces', () => {
  it('any text joins back exactly; no piece is much longer than 8,000 characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('\n'), fc.string({ minLength: 1, maxLength: 3000 })), {
          maxLength: 40,
        }),
        (parts) => {
          const text = parts.join('');
          const pieces = chunksOf(text);
          expect(pieces.join('')).toBe(text);
          if (pieces.length > 1)
            for (const p of pieces) expect(p.length).toBeLessThanOrEqual(8_001);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cuts at a line end when one is in the second half of a piece, else at the length', () => {
    const line = 'a'.repeat(6_000);
    const pieces = chunksOf(Array(6).fill(line).join('\n'));
    expect(pieces[0]).toBe(`${line}\n`);
    const noBreak = chunksOf('b'.repeat(20_000));
    expect(noBreak.map((p) => p.length)).toEqual([8_000, 8_000, 4_000]);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(12_000);
    for (const piece of chunksOf(text)) expect(piece).toMatch(/^(?:😀)+$/u);
  });
});

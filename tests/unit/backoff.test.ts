import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/domain/backoff';

describe('backoff', () => {
  const policy = { firstMs: 2000, maxMs: 60_000 };
  it('doubles from the first wait and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((n) => backoffDelay(policy, n))).toEqual([
      2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });
  it('honours a wait the server asked for, within the cap; a bad count waits the first time', () => {
    expect(backoffDelay(policy, 3, 500)).toBe(500);
    expect(backoffDelay(policy, 0, 10 * 60_000)).toBe(60_000);
    expect(backoffDelay(policy, 0, -5)).toBe(0);
    expect(backoffDelay(policy, 0, null)).toBe(2000);
    expect(backoffDelay(policy, -3)).toBe(2000);
  });
});

/**
 * Farewell signs across a conversation: writing letters to one's family, giving
 * a pet away, a sudden calm. Each says little alone; two different ones on one
 * path say someone may be saying goodbye, which makes a risk path (support shown,
 * never ended). Judged over what the person said, not one message at a time.
 */
import { normalise } from './normalise';
import { FAREWELL_SIGNS } from './rules/risk';

/** Which signs (by index in FAREWELL_SIGNS) a message shows. */
export function farewellSigns(text: string): number[] {
  const n = normalise(text);
  return FAREWELL_SIGNS.flatMap((sign, i) => (sign.test(n) ? [i] : []));
}

/** Whether this message, with what the person said before it, shows two different signs (one of them here). */
export function saysFarewell(text: string, earlier: readonly string[] = []): boolean {
  const here = farewellSigns(text);
  if (here.length === 0) return false;
  const all = new Set([...here, ...earlier.flatMap(farewellSigns)]);
  return all.size >= 2;
}

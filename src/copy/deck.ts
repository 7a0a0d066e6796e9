/**
 * Every word of the ending flow, in one deck the app reads: the notice, the
 * built-in assistant's refusals, warning and closing lines, the support panel,
 * the feedback dialog and the branch-choosing instructions. The defaults live
 * in deck.json, so a deck exported from the preview gallery can be dropped in
 * its place to change the app's text with no code change.
 *
 * A value is one text, a list of alternatives (the built-in assistant never
 * repeats itself word for word, so it rotates through them), or plural forms
 * chosen by a count. `{name}` marks a slot filled in when the text is used.
 */
import * as z from 'zod/mini';
import defaults from './deck.json';

export type CopyKey = keyof typeof defaults;
const text = z.string().check(z.minLength(1));
const plural = z.strictObject({ one: text, other: text });
const value = z.union([text, z.array(text).check(z.minLength(1)), plural]);
export type CopyValue = z.infer<typeof value>;
export type CopyDeck = Readonly<Record<CopyKey, CopyValue>>;

export const COPY_KEYS = Object.keys(defaults) as CopyKey[];
export const DEFAULT_DECK: CopyDeck = defaults;

/** The kind of a value, so an edited deck keeps each text's shape (a plural stays a plural). */
export const shapeOf = (v: CopyValue): 'text' | 'alternatives' | 'plural' =>
  typeof v === 'string' ? 'text' : Array.isArray(v) ? 'alternatives' : 'plural';

export interface ParsedDeck {
  readonly deck: CopyDeck;
  /** In words, one line per value that was not taken (the default stands in its place). */
  readonly problems: readonly string[];
}

/**
 * Reads a deck from JSON (an exported file, a stored edit): every known key
 * whose value has the default's shape is taken, the rest keep their defaults
 * and are named in `problems`. A deck may be partial.
 */
export function parseDeck(input: unknown): ParsedDeck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      deck: DEFAULT_DECK,
      problems: ['The file is not a copy deck (a JSON object of texts).'],
    };
  }
  const deck: Record<string, CopyValue> = { ...DEFAULT_DECK };
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (!(key in DEFAULT_DECK)) {
      problems.push(`“${key}” is not a text of the app; it was left out.`);
      continue;
    }
    const parsed = value.safeParse(raw);
    const expected = shapeOf(DEFAULT_DECK[key as CopyKey]);
    if (!parsed.success || shapeOf(parsed.data) !== expected) {
      problems.push(`“${key}” should be ${SHAPE_WORDS[expected]}; the default was kept.`);
      continue;
    }
    deck[key] = parsed.data;
  }
  return { deck: deck as CopyDeck, problems };
}

const SHAPE_WORDS = {
  text: 'a non-empty text',
  alternatives: 'a list of non-empty texts',
  plural: 'an object with “one” and “other” texts',
} as const;

/** Only the values that differ from the defaults: what an edit changed. */
export function deckChanges(deck: CopyDeck): Partial<Record<CopyKey, CopyValue>> {
  return Object.fromEntries(
    COPY_KEYS.filter((k) => JSON.stringify(deck[k]) !== JSON.stringify(DEFAULT_DECK[k])).map(
      (k) => [k, deck[k]],
    ),
  );
}

export type Slots = Readonly<Record<string, string | number>>;

const pluralRules = new Intl.PluralRules('en');

/** Fills `{name}` slots; an unknown slot stays as written, so a typo shows rather than vanishes. */
export const fill = (template: string, slots: Slots = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in slots ? String(slots[name]) : whole,
  );

/** Every alternative of `key`, filled; a plural picks its form by `count` (default: other). */
export function alternatives(deck: CopyDeck, key: CopyKey, slots?: Slots, count?: number) {
  const v = deck[key];
  if (typeof v === 'string') return [fill(v, slots)];
  if (Array.isArray(v)) return v.map((t) => fill(t, slots));
  const form = count !== undefined && pluralRules.select(count) === 'one' ? v.one : v.other;
  return [fill(form, slots)];
}

/** The text of `key` (the first alternative), filled. */
export const copyText = (deck: CopyDeck, key: CopyKey, slots?: Slots, count?: number): string =>
  alternatives(deck, key, slots, count)[0]!;

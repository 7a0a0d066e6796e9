/**
 * A rule table: what a category's patterns are, what makes them safe, and the
 * examples that must and must not match. Each table is tested by its own
 * examples (tests/unit/rule-tables.test.ts), so a change that breaks one says so.
 */
import type { HarmCategory } from '../../types';

export interface Examples {
  /** Messages (as written) the table must catch. */
  readonly match: readonly string[];
  /** Messages that share its words and must be left alone. */
  readonly pass: readonly string[];
}

/** A harm category: paired rules (an action with a real target), then request-framed lexicon entries. */
export interface HarmTable {
  readonly category: HarmCategory;
  readonly paired: {
    readonly patterns: readonly RegExp[];
    /** Readings that make the same words safe. */
    readonly unless?: readonly RegExp[];
    /** Still harmful inside a game, a story or a hypothetical. */
    readonly evenInFiction?: boolean;
  };
  /** Outcomes harmful whoever asks; they count only in a request ("how do I…", "write…"). */
  readonly lexicon: readonly RegExp[];
  readonly examples: Examples;
}

/** A signal of one kind (risk, abuse, an end request…): its patterns and examples. */
export interface SignalTable {
  readonly name: string;
  readonly patterns: readonly RegExp[];
  readonly examples: Examples;
}

/**
 * The words a message is read as by the learned model: lower-case word tokens
 * with common contractions and chat spellings unified, then unigrams and bigrams.
 * Shared by the training script and the classifier, so both see the same features.
 */
import { normalise } from '../normalise';
import { conceptFeatures } from './concepts';

const SPELLINGS: readonly [RegExp, string][] = [
  [/\b(im|i'm)\b/g, 'i am'],
  [/\b(ive|i've)\b/g, 'i have'],
  [/\b(ill|i'll)\b/g, 'i will'],
  [/\b(id|i'd)\b/g, 'i would'],
  [/\b(dont|don't)\b/g, 'do not'],
  [/\b(cant|can't|cannot)\b/g, 'can not'],
  [/\b(wont|won't)\b/g, 'will not'],
  [/\b(wanna)\b/g, 'want to'],
  [/\b(gonna)\b/g, 'going to'],
  [/\b(kms)\b/g, 'kill myself'],
  [/\bu\b/g, 'you'],
  [/n't\b/g, ' not'],
  [/'s\b/g, ''],
];

export function tokens(text: string): string[] {
  let t = normalise(text).replace(/’/g, "'");
  for (const [pattern, replacement] of SPELLINGS) t = t.replace(pattern, replacement);
  return t.match(/[a-z0-9]+/g) ?? [];
}

/** Unigrams, bigrams, the first word and the concepts shown, of a text or of its tokens. */
export function features(textOrWords: string | readonly string[]): string[] {
  const words = typeof textOrWords === 'string' ? tokens(textOrWords) : textOrWords;
  const out = words.map((w) => w);
  for (let i = 1; i < words.length; i += 1) out.push(`${words[i - 1]} ${words[i]}`);
  out.push(`^${words[0] ?? ''}`);
  out.push(...conceptFeatures(words.join(' ')));
  return out;
}

/**
 * The dense half of the model: the mean over a message's words of each word's
 * per-class score (a word without a score counts as an average word, 0).
 */
export function pooledScores(
  words: readonly string[],
  scoreOf: (word: string) => readonly number[] | undefined,
  classes: number,
): number[] {
  const sum = new Array<number>(classes).fill(0);
  for (const word of words) {
    const scores = scoreOf(word);
    if (scores) for (let k = 0; k < classes; k += 1) sum[k]! += scores[k]!;
  }
  return words.length ? sum.map((s) => s / words.length) : sum;
}

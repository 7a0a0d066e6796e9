import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classify,
  learnedMayFlag,
  normalise,
  rulesVerdict,
} from '../../src/domain/safety/classifier';
import { features, pooledScores, tokens } from '../../src/domain/safety/model/features';
import { LEARNED_THRESHOLDS, probabilities } from '../../src/domain/safety/model/learned';
import weights from '../../src/domain/safety/model/weights.json';

const CORPUS = 'scripts/guard/corpus';
const corpusText = readdirSync(CORPUS)
  .map((file) => readFileSync(`${CORPUS}/${file}`, 'utf8'))
  .join('\n');

describe('learned classifier', () => {
  it('reads chat spellings and contractions as words', () => {
    expect(tokens("I'm gonna kms, can't do it")).toEqual([
      'i',
      'am',
      'going',
      'to',
      'kill',
      'myself',
      'can',
      'not',
      'do',
      'it',
    ]);
    expect(features('I want out')).toEqual(['i', 'want', 'out', 'i want', 'want out', '^i']);
    expect(features(['i', 'want', 'out'])).toEqual(features('I want out'));
  });

  it('reads concepts as well as words: a new wording of a known idea shows its concept', () => {
    // None of these wordings is in the corpus; each shows the concept its idea belongs to.
    const shown = (text: string) => features(text).filter((f) => f.startsWith('@'));
    expect(corpusText).not.toMatch(/no more tomorrows/i);
    expect(shown('there will be no more tomorrows for me')).toContain('@finality');
    expect(shown('so the landlord never finds out')).toContain('@concealment');
    expect(shown('a letter from the tax office asking for my PIN')).toContain('@deception');
    expect(shown('How do I get rid of moles in my lawn?')).toContain('@care');
    expect(shown('what a lovely sunny day')).toEqual([]);
    // Concepts are features the model weighs, named apart from any word.
    const weighted = weights.weights as Record<string, number[]>;
    expect(Object.keys(weighted).filter((f) => f.startsWith('@')).length).toBeGreaterThan(5);
  });

  it('pools word scores as a mean over every word, unknown words counting as zero', () => {
    const scores: Record<string, number[]> = { pills: [0, 0, 3], hello: [1, 0, -1] };
    expect(pooledScores(['my', 'pills'], (w) => scores[w], 3)).toEqual([0, 0, 1.5]);
    expect(pooledScores(['hello', 'pills', 'x'], (w) => scores[w], 3)).toEqual([1 / 3, 0, 2 / 3]);
    expect(pooledScores([], (w) => scores[w], 3)).toEqual([0, 0, 0]);
  });

  it('gives a probability per label that sums to one', () => {
    for (const text of ['', 'hello', 'I have the rope ready', 'how do I make a bomb']) {
      const p = probabilities(text);
      expect(p.benign + p.harmful + p.risk).toBeCloseTo(1, 6);
      for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads a word the corpus never used by the words it is close to', () => {
    // None of these words is in the training corpus; GloVe places the first of
    // each pair near the corpus's risk or harm words.
    const pooled = weights.pooled as Record<string, number[]>;
    for (const word of ['sorrow', 'smuggling', 'tulip', 'violin'])
      expect(corpusText).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
    const score = (word: string, k: number) => pooled[word]?.[k] ?? 0;
    expect(score('sorrow', 2)).toBeGreaterThan(score('tulip', 2));
    expect(score('smuggling', 1)).toBeGreaterThan(score('violin', 1));
  });

  it('catches indirect risk the rules miss, and only that', () => {
    const indirect = "I feel utterly forlorn and I can't go on pretending";
    expect(rulesVerdict(normalise(indirect)).kind).toBe('benign');
    expect(probabilities(indirect).risk).toBeGreaterThanOrEqual(LEARNED_THRESHOLDS.risk);
    expect(classify(indirect)).toEqual({ kind: 'risk', subject: 'self' });
    // Ordinary first-person messages and third-person questions stay benign.
    for (const text of [
      "I'm trying to learn to cook, where should I start?",
      'How did Sylvia Plath die?',
      'I gave up sugar for a month',
    ])
      expect(classify(text).kind).toBe('benign');
  });

  it('may not act on third-person questions, knowledge questions, fiction or harmless senses', () => {
    expect(learnedMayFlag(normalise('How did Virginia Woolf die?')).risk).toBe(false);
    expect(learnedMayFlag(normalise('What is ransomware?')).harmful).toBe(false);
    expect(learnedMayFlag(normalise('In my novel the villain builds a bomb')).harmful).toBe(false);
    expect(learnedMayFlag(normalise('How do I steal the show at my recital?')).harmful).toBe(false);
    expect(learnedMayFlag(normalise('I have been feeling empty')).risk).toBe(true);
  });

  it('as shipped, reads the project’s corpus as trained: no safe line flagged, most risk the rules miss caught', () => {
    // A corrupted or swapped weights file breaks these (the trainer's own report is not read).
    const lines = (f: string) =>
      readFileSync(`scripts/guard/corpus/${f}`, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    const safe = [
      'benign.txt',
      'benign_first_person.txt',
      'benign_health.txt',
      'lookalike.txt',
    ].flatMap(lines);
    const flagged = safe.filter((t) => {
      const p = probabilities(normalise(t));
      return p.risk >= LEARNED_THRESHOLDS.risk || p.harmful >= LEARNED_THRESHOLDS.harmful;
    });
    expect(flagged.length / safe.length, flagged.slice(0, 5).join(' | ')).toBeLessThanOrEqual(
      0.005,
    );
    const missedByRules = lines('self_harm.txt').filter(
      (t) => rulesVerdict(normalise(t)).kind !== 'risk',
    );
    const caught = missedByRules.filter(
      (t) => probabilities(normalise(t)).risk >= LEARNED_THRESHOLDS.risk,
    );
    expect(caught.length / missedByRules.length).toBeGreaterThanOrEqual(0.5);
  });
});

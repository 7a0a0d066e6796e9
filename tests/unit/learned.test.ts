import { describe, expect, it } from 'vitest';
import { classify, normalise, rulesVerdict } from '../../src/domain/safety/classifier';
import { features, tokens } from '../../src/domain/safety/model/features';
import { learnedRisk, probabilities } from '../../src/domain/safety/model/learned';
import weights from '../../src/domain/safety/model/weights.json';

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
  });

  it('gives a probability per label that sums to one', () => {
    for (const text of ['', 'hello', 'I have the rope ready', 'how do I make a bomb']) {
      const p = probabilities(text);
      expect(p.benign + p.harmful + p.risk).toBeCloseTo(1, 6);
      for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('catches indirect risk the rules miss, and only that', () => {
    const indirect = 'I wish I had never been born';
    expect(rulesVerdict(normalise(indirect)).kind).toBe('benign');
    expect(learnedRisk(indirect)).toBe(true);
    expect(classify(indirect)).toEqual({ kind: 'risk', subject: 'self' });
    // Ordinary first-person messages and third-person questions stay benign.
    for (const text of [
      "I'm trying to learn to cook, where should I start?",
      'How did Sylvia Plath die?',
      'I gave up sugar for a month',
    ])
      expect(classify(text).kind).toBe('benign');
  });

  it('was chosen on cross-validation with few false alarms', () => {
    expect(weights.crossValidation.safe_flagged_risk).toBeLessThanOrEqual(0.005);
    expect(weights.thresholds.risk).toBeGreaterThan(0.5);
  });
});

/** Stored settings of every shape load without throwing, keeping what is valid. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_BACKUP_KEY } from '../../src/store/settings';

function storage(values: Record<string, string>) {
  const map = new Map(Object.entries(values));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const good = {
  version: 3,
  builtinPaceMs: 5,
  feedbackUrl: 'https://feedback.example/collect',
  supportLines: ['Call 555-0100'],
  backend: {
    kind: 'openai',
    baseUrl: 'http://localhost:11434',
    model: 'llama3.2',
    systemPrompt: '',
    temperature: null,
    maxTokens: 512,
  },
  safetyMode: 'client_enforces',
};

const load = (raw: string | null, extra: Record<string, string> = {}) => {
  const local = storage({ ...(raw === null ? {} : { 'parley.settings': raw }), ...extra });
  const result = loadSettings({ local, session: storage({}) });
  return { ...result, local };
};

describe('stored settings', () => {
  it('reads a valid record whole, and says nothing', () => {
    const { settings, notice } = load(JSON.stringify(good));
    expect(settings).toMatchObject({
      builtinPaceMs: 5,
      safetyMode: 'client_enforces',
      backend: { model: 'llama3.2' },
    });
    expect(notice).toBeNull();
  });

  it('nothing stored: the defaults, silently', () => {
    expect(load(null)).toMatchObject({ settings: DEFAULT_SETTINGS, notice: null });
  });

  for (const [shape, raw] of [
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['a number', '42'],
    ['a string', '"settings"'],
    ['truncated JSON', JSON.stringify(good).slice(0, 40)],
    ['not JSON at all', '<html>'],
  ] as const) {
    it(`${shape}: the defaults, the raw value kept aside, and a notice`, () => {
      const { settings, notice, local } = load(raw);
      expect(settings.backend).toEqual(DEFAULT_SETTINGS.backend);
      expect(settings.builtinPaceMs).toBe(DEFAULT_SETTINGS.builtinPaceMs);
      expect(notice).toMatch(/reset to the defaults/);
      expect(local.map.get(SETTINGS_BACKUP_KEY)).toBe(raw);
    });
  }

  it('a wrong type in one field resets that field only, and names it', () => {
    for (const [field, bad, label] of [
      ['builtinPaceMs', 'fast', 'the reply pace'],
      ['builtinPaceMs', -5, 'the reply pace'],
      ['feedbackUrl', 7, 'the feedback URL'],
      ['feedbackUrl', 'ftp://x', 'the feedback URL'],
      ['supportLines', [], 'the support resources'],
      ['supportLines', [1, 2], 'the support resources'],
      ['backend', { ...good.backend, baseUrl: 12 }, 'the model connection'],
      ['backend', null, 'the model connection'],
      ['backend', { ...good.backend, kind: 'gemini' }, 'the model connection'],
      ['safetyMode', 'yolo', 'the safety checks'],
    ] as const) {
      const { settings, notice } = load(JSON.stringify({ ...good, [field]: bad }));
      expect(notice, `${field}=${JSON.stringify(bad)}`).toContain(label);
      // The other fields are kept.
      for (const other of Object.keys(good).filter((k) => k !== field && k !== 'version'))
        expect(settings[other as keyof typeof settings], `${field} broke ${other}`).toEqual(
          good[other as keyof typeof good],
        );
    }
  });

  it('unknown fields and a future version: the fields it knows are read', () => {
    const { settings, notice } = load(
      JSON.stringify({ ...good, version: 9, theme: 'neon', extra: { a: 1 } }),
    );
    expect(settings.builtinPaceMs).toBe(5);
    expect(notice).toBeNull();
  });

  it('an older record: newer fields take their defaults, and its ending thresholds are ignored', () => {
    // Thresholds left end-user settings: a person's stored "warn after 99" no longer applies.
    const { settings, notice } = load(
      JSON.stringify({
        version: 2,
        builtinPaceMs: 5,
        policy: { refusalsBeforeWarning: 99, strikesAfterWarning: 9, warningEnabled: false },
      }),
    );
    expect('policy' in settings).toBe(false);
    expect(settings.builtinPaceMs).toBe(5);
    expect(settings.safetyMode).toBe('model_decides');
    expect(notice).toBeNull();
  });

  it('tells once: the cleaned settings are written back', () => {
    const first = load(JSON.stringify({ ...good, builtinPaceMs: 'x' }));
    expect(first.notice).not.toBeNull();
    const again = loadSettings({ local: first.local, session: storage({}) });
    expect(again.notice).toBeNull();
    expect(again.settings.backend).toEqual(good.backend);
  });

  it('a storage that throws on every read is no storage', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {},
    };
    expect(() => loadSettings({ local: throwing, session: throwing })).not.toThrow();
    expect(loadSettings({ local: throwing, session: throwing }).settings.apiKey).toBe('');
  });
});

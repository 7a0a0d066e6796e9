/**
 * Settings as stored, read field by field. A value another version of the app,
 * an extension, a hand edit or a crash left behind can never stop the app: each
 * field that does not validate falls back to its default, the rest is kept, the
 * raw value is kept aside, and the person is told once which settings were reset.
 */
import * as z from 'zod/mini';
import { SUPPORT_LINES } from '../assistants/builtin/support';
import { validateBackend, type BackendConfig } from '../assistants/config';
import type { SafetyMode } from '../domain/types';

export type BackendSettings = Omit<BackendConfig, 'apiKey'>;

export interface StoredSettings {
  readonly builtinPaceMs: number;
  readonly feedbackUrl: string;
  readonly supportLines: readonly string[];
  readonly backend: BackendSettings;
  readonly safetyMode: SafetyMode;
}

/**
 * The version written now; a newer one is read as far as its fields are understood.
 * v3: the ending thresholds left the person's settings (they are the deployment's,
 * see app/deployConfig.ts); a stored `policy` is ignored.
 */
export const SETTINGS_VERSION = 3;

export const DEFAULT_BACKEND: BackendSettings = {
  kind: 'builtin',
  baseUrl: '',
  model: '',
  systemPrompt: '',
  temperature: null,
  maxTokens: 1024,
};

export const DEFAULT_STORED: StoredSettings = {
  builtinPaceMs: 30,
  feedbackUrl: '',
  supportLines: SUPPORT_LINES,
  backend: DEFAULT_BACKEND,
  safetyMode: 'model_decides',
};

const backendSchema = z.object({
  kind: z.enum(['builtin', 'anthropic', 'openai']),
  baseUrl: z.string(),
  model: z.string(),
  systemPrompt: z.optional(z.string()),
  temperature: z.nullable(z.number()),
  maxTokens: z.number(),
});

/**
 * What each setting's value must meet, in the words the Settings form shows: the
 * one place these are checked, on save (settingsProblem) and on load (FIELDS).
 */
export const SETTING_RULES = {
  builtinPaceMs: (v: number) =>
    Number.isFinite(v) && v >= 0 && v <= 1000
      ? null
      : 'Reply pace must be a number of milliseconds from 0 to 1000.',
  supportLines: (v: readonly string[]) =>
    v.some((l) => l.trim())
      ? null
      : 'Keep at least one support resource: people at risk must always see where to get help.',
  feedbackUrl: (v: string) =>
    v === '' || /^https?:\/\//i.test(v)
      ? null
      : 'The feedback URL must start with http:// or https://.',
};

/** A value of the right shape that also meets its rule, or null. */
const ruled = <T>(value: T | undefined, rule: (v: T) => string | null): T | null =>
  value !== undefined && rule(value) === null ? value : null;

/** Each field: its schema and rule, and its name in words. */
const FIELDS = {
  builtinPaceMs: {
    label: 'the reply pace',
    parse: (v: unknown) => ruled(z.number().safeParse(v).data, SETTING_RULES.builtinPaceMs),
  },
  feedbackUrl: {
    label: 'the feedback URL',
    parse: (v: unknown) => ruled(z.string().safeParse(v).data, SETTING_RULES.feedbackUrl),
  },
  supportLines: {
    label: 'the support resources',
    parse: (v: unknown) =>
      ruled(
        z
          .array(z.string())
          .safeParse(v)
          .data?.filter((l) => l.trim()),
        SETTING_RULES.supportLines,
      ),
  },
  backend: {
    label: 'the model connection',
    parse: (v: unknown): BackendSettings | null => {
      const parsed = backendSchema.safeParse(v);
      if (!parsed.success) return null;
      const backend = { ...DEFAULT_BACKEND, ...parsed.data } as BackendSettings;
      return validateBackend({ ...backend, apiKey: 'x' }) ? null : backend;
    },
  },
  safetyMode: {
    label: 'the safety checks',
    parse: (v: unknown) => z.enum(['model_decides', 'client_enforces']).safeParse(v).data ?? null,
  },
} satisfies {
  [K in keyof StoredSettings]: { label: string; parse(v: unknown): StoredSettings[K] | null };
};

export interface SettingsReading {
  readonly settings: StoredSettings;
  /** What was reset, in words; empty when everything read. */
  readonly reset: readonly string[];
}

/** Reads the stored text; never throws. */
export function readStoredSettings(raw: string | null): SettingsReading {
  if (raw === null) return { settings: DEFAULT_STORED, reset: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { settings: DEFAULT_STORED, reset: ['all settings (they could not be read)'] };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { settings: DEFAULT_STORED, reset: ['all settings (they were not a settings record)'] };
  }
  const record = value as Record<string, unknown>;
  const reset: string[] = [];
  const settings = { ...DEFAULT_STORED } as Record<keyof StoredSettings, unknown>;
  for (const [key, field] of Object.entries(FIELDS) as [
    keyof StoredSettings,
    (typeof FIELDS)[keyof StoredSettings],
  ][]) {
    if (!(key in record)) continue;
    const parsed = field.parse(record[key]);
    if (parsed === null) reset.push(field.label);
    else settings[key] = parsed;
  }
  return { settings: settings as unknown as StoredSettings, reset };
}

/** The text to store. */
export const writeStoredSettings = (settings: StoredSettings): string =>
  JSON.stringify({ version: SETTINGS_VERSION, ...settings });

/** Says what was reset, once, in a sentence. */
export function describeReset(reset: readonly string[], backupKey: string): string | null {
  if (reset.length === 0) return null;
  const list =
    reset.length === 1
      ? reset[0]
      : `${reset.slice(0, -1).join(', ')} and ${reset[reset.length - 1]}`;
  return `Some saved settings could not be used, so ${list} ${reset.length === 1 && !reset[0]!.startsWith('all') ? 'was' : 'were'} reset to the defaults. The old value is kept in this browser (${backupKey}).`;
}

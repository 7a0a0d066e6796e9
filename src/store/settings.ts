/**
 * User settings, kept in localStorage: small, read at start, written on change.
 */
import { createStore } from 'zustand/vanilla';
import { SUPPORT_LINES } from '../assistants/builtin/replies';
import { DEFAULT_POLICY, validatePolicy, type PolicyConfig } from '../domain/safety/policy';

export interface Settings {
  readonly policy: PolicyConfig;
  /** Milliseconds between the built-in assistant's chunks. */
  readonly builtinPaceMs: number;
  /** Where feedback is POSTed; empty keeps it on this device. */
  readonly feedbackUrl: string;
  /** Crisis resources shown in the support panel, one per line. */
  readonly supportLines: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  policy: DEFAULT_POLICY,
  builtinPaceMs: 30,
  feedbackUrl: '',
  supportLines: SUPPORT_LINES,
};

const KEY = 'parley.settings';

export function readSettings(storage: Pick<Storage, 'getItem'> | null): Settings {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const parsed = JSON.parse(raw) as Partial<Settings>;
    const policy = { ...DEFAULT_POLICY, ...parsed.policy };
    return {
      policy: validatePolicy(policy) ? DEFAULT_POLICY : policy,
      builtinPaceMs:
        typeof parsed.builtinPaceMs === 'number' &&
        parsed.builtinPaceMs >= 0 &&
        parsed.builtinPaceMs <= 1000
          ? parsed.builtinPaceMs
          : DEFAULT_SETTINGS.builtinPaceMs,
      feedbackUrl: typeof parsed.feedbackUrl === 'string' ? parsed.feedbackUrl : '',
      supportLines:
        Array.isArray(parsed.supportLines) &&
        parsed.supportLines.length > 0 &&
        parsed.supportLines.every((l) => typeof l === 'string')
          ? parsed.supportLines
          : SUPPORT_LINES,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export interface SettingsActions {
  /** Applies a change, or returns why it was refused. */
  update(patch: Partial<Settings>): string | null;
}

export function createSettingsStore(initial: Settings, storage: Pick<Storage, 'setItem'> | null) {
  return createStore<Settings & SettingsActions>()((set, get) => ({
    ...initial,
    update(patch) {
      const next: Settings = {
        policy: patch.policy ?? get().policy,
        builtinPaceMs: patch.builtinPaceMs ?? get().builtinPaceMs,
        feedbackUrl: patch.feedbackUrl ?? get().feedbackUrl,
        supportLines: (patch.supportLines ?? get().supportLines)
          .map((l) => l.trim())
          .filter(Boolean),
      };
      const problem = validatePolicy(next.policy);
      if (problem) return problem;
      if (next.supportLines.length === 0)
        return 'Keep at least one support resource: people at risk must always see where to get help.';
      if (next.feedbackUrl && !/^https?:\/\//i.test(next.feedbackUrl)) {
        return 'The feedback URL must start with http:// or https://.';
      }
      set(next);
      try {
        storage?.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the setting still applies for this session.
      }
      return null;
    },
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/**
 * User settings. Everything but the API key lives in localStorage; the key lives
 * in sessionStorage, or in localStorage only when the user chose "Remember on this device".
 */
import { createStore } from 'zustand/vanilla';
import { SUPPORT_LINES } from '../assistants/builtin/support';
import { validateBackend, type BackendConfig } from '../assistants/config';
import { DEFAULT_POLICY, validatePolicy, type PolicyConfig } from '../domain/safety/policyConfig';
import type { SafetyMode } from '../domain/types';

export type BackendSettings = Omit<BackendConfig, 'apiKey'>;

export interface Settings {
  readonly policy: PolicyConfig;
  /** Milliseconds between the built-in assistant's chunks. */
  readonly builtinPaceMs: number;
  /** Where feedback is POSTed; empty keeps it on this device. */
  readonly feedbackUrl: string;
  /** Crisis resources shown in the support panel, one per line. */
  readonly supportLines: readonly string[];
  readonly backend: BackendSettings;
  /** Who judges harm and abuse with a connected model. */
  readonly safetyMode: SafetyMode;
  readonly apiKey: string;
  readonly rememberKey: boolean;
}

export const DEFAULT_BACKEND: BackendSettings = {
  kind: 'builtin',
  baseUrl: '',
  model: '',
  systemPrompt: '',
  temperature: null,
  maxTokens: 1024,
};

export const DEFAULT_SETTINGS: Settings = {
  policy: DEFAULT_POLICY,
  builtinPaceMs: 30,
  feedbackUrl: '',
  supportLines: SUPPORT_LINES,
  backend: DEFAULT_BACKEND,
  safetyMode: 'model_decides',
  apiKey: '',
  rememberKey: false,
};

const KEY = 'parley.settings';
const API_KEY = 'parley.apiKey';

export interface SettingsStorages {
  readonly local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  readonly session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((l) => typeof l === 'string');

function readBackend(raw: unknown): BackendSettings {
  if (!raw || typeof raw !== 'object') return DEFAULT_BACKEND;
  const b = { ...DEFAULT_BACKEND, ...(raw as Partial<BackendSettings>) };
  const kinds: BackendSettings['kind'][] = ['builtin', 'anthropic', 'openai'];
  if (!kinds.includes(b.kind)) return DEFAULT_BACKEND;
  return validateBackend({ ...b, apiKey: 'x' }) ? { ...DEFAULT_BACKEND } : b;
}

export function readSettings(storages: SettingsStorages): Settings {
  const local = storages.local;
  let parsed: Partial<Settings> = {};
  try {
    parsed = JSON.parse(local?.getItem(KEY) ?? '{}') as Partial<Settings>;
  } catch {
    parsed = {};
  }
  const policy = { ...DEFAULT_POLICY, ...parsed.policy };
  const rememberedKey = local?.getItem(API_KEY) ?? null;
  return {
    policy: validatePolicy(policy) ? DEFAULT_POLICY : policy,
    builtinPaceMs:
      typeof parsed.builtinPaceMs === 'number' &&
      parsed.builtinPaceMs >= 0 &&
      parsed.builtinPaceMs <= 1000
        ? parsed.builtinPaceMs
        : DEFAULT_SETTINGS.builtinPaceMs,
    feedbackUrl: typeof parsed.feedbackUrl === 'string' ? parsed.feedbackUrl : '',
    supportLines: isStringList(parsed.supportLines) ? parsed.supportLines : SUPPORT_LINES,
    backend: readBackend(parsed.backend),
    safetyMode: parsed.safetyMode === 'client_enforces' ? 'client_enforces' : 'model_decides',
    apiKey: rememberedKey ?? storages.session?.getItem(API_KEY) ?? '',
    rememberKey: rememberedKey !== null,
  };
}

export interface SettingsActions {
  /** Applies a change, or returns why it was refused. */
  update(patch: Partial<Settings>): string | null;
}

export function createSettingsStore(initial: Settings, storages: SettingsStorages | null) {
  return createStore<Settings & SettingsActions>()((set, get) => ({
    ...initial,
    update(patch) {
      const current = get();
      const next: Settings = {
        policy: patch.policy ?? current.policy,
        builtinPaceMs: patch.builtinPaceMs ?? current.builtinPaceMs,
        feedbackUrl: (patch.feedbackUrl ?? current.feedbackUrl).trim(),
        supportLines: (patch.supportLines ?? current.supportLines)
          .map((l) => l.trim())
          .filter(Boolean),
        backend: patch.backend ?? current.backend,
        safetyMode: patch.safetyMode ?? current.safetyMode,
        apiKey: (patch.apiKey ?? current.apiKey).trim(),
        rememberKey: patch.rememberKey ?? current.rememberKey,
      };
      const problem =
        validatePolicy(next.policy) ?? validateBackend({ ...next.backend, apiKey: next.apiKey });
      if (problem) return problem;
      if (next.supportLines.length === 0) {
        return 'Keep at least one support resource: people at risk must always see where to get help.';
      }
      if (next.feedbackUrl && !/^https?:\/\//i.test(next.feedbackUrl)) {
        return 'The feedback URL must start with http:// or https://.';
      }
      set(next);
      persist(next, storages);
      return null;
    },
  }));
}

function persist(settings: Settings, storages: SettingsStorages | null) {
  const { apiKey, rememberKey, ...rest } = settings;
  try {
    storages?.local?.setItem(KEY, JSON.stringify(rest));
    if (rememberKey && apiKey) {
      storages?.local?.setItem(API_KEY, apiKey);
      storages?.session?.removeItem(API_KEY);
    } else {
      storages?.local?.removeItem(API_KEY);
      if (apiKey) storages?.session?.setItem(API_KEY, apiKey);
      else storages?.session?.removeItem(API_KEY);
    }
  } catch {
    // Storage full or blocked: the settings still apply for this session.
  }
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** Who judges harm and abuse now: the built-in assistant always has the client enforce. */
export const effectiveSafetyMode = (s: Settings): SafetyMode =>
  s.backend.kind === 'builtin' ? 'client_enforces' : s.safetyMode;

/** The backend to use now, with its key. */
export const backendConfig = (s: Settings): BackendConfig => ({ ...s.backend, apiKey: s.apiKey });

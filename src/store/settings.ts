/**
 * User settings. Everything but the API key lives in localStorage; the key lives
 * in sessionStorage, or in localStorage only when the user chose "Remember on this device".
 */
import { createStore } from 'zustand/vanilla';
import {
  backendProblem,
  type BackendConfig,
  type BackendField,
  type FieldProblem,
} from '../assistants/config';
import type { SafetyMode } from '../domain/types';
import {
  DEFAULT_BACKEND,
  DEFAULT_STORED,
  describeReset,
  SETTING_RULES,
  readStoredSettings,
  writeStoredSettings,
  type BackendSettings,
  type StoredSettings,
} from './storedSettings';

export { DEFAULT_BACKEND, type BackendSettings };

export interface Settings extends StoredSettings {
  readonly apiKey: string;
  readonly rememberKey: boolean;
}

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_STORED, apiKey: '', rememberKey: false };

const KEY = 'parley.settings';
const API_KEY = 'parley.apiKey';
/** Where a stored value that could not be used is kept, untouched. */
export const SETTINGS_BACKUP_KEY = 'parley.settings.previous';

export interface SettingsStorages {
  readonly local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  readonly session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** Reads a key, counting a storage that throws (blocked, or a browser quirk) as empty. */
const safeRead = (storage: SettingsStorages['local'], key: string): string | null => {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

export interface LoadedSettings {
  readonly settings: Settings;
  /** What to tell the person about settings that were reset, once; null when none were. */
  readonly notice: string | null;
}

/**
 * The stored settings, each field validated; never throws. A value that could not
 * be used is kept aside under SETTINGS_BACKUP_KEY and the cleaned settings are
 * written back, so the person is told once.
 */
export function loadSettings(storages: SettingsStorages): LoadedSettings {
  const raw = safeRead(storages.local, KEY);
  const { settings: stored, reset } = readStoredSettings(raw);
  const rememberedKey = safeRead(storages.local, API_KEY);
  const settings: Settings = {
    ...stored,
    apiKey: rememberedKey ?? safeRead(storages.session, API_KEY) ?? '',
    rememberKey: rememberedKey !== null,
  };
  if (reset.length > 0 && raw !== null) {
    try {
      storages.local?.setItem(SETTINGS_BACKUP_KEY, raw);
      storages.local?.setItem(KEY, writeStoredSettings(stored));
    } catch {
      // Storage full or blocked: the defaults still apply for this session.
    }
  }
  return { settings, notice: describeReset(reset, SETTINGS_BACKUP_KEY) };
}

/** The settings alone (tests and tools). */
export const readSettings = (storages: SettingsStorages): Settings =>
  loadSettings(storages).settings;

export type SettingsField = BackendField | 'supportLines' | 'feedbackUrl' | 'builtinPaceMs';

/** Why these settings cannot be saved, and which field to fix; null when they can. */
export function settingsProblem(next: Settings): FieldProblem<SettingsField> | null {
  const backend = backendProblem({ ...next.backend, apiKey: next.apiKey });
  if (backend) return backend;
  const pace = SETTING_RULES.builtinPaceMs(next.builtinPaceMs);
  if (pace) return { field: 'builtinPaceMs', text: pace };
  const lines = SETTING_RULES.supportLines(next.supportLines);
  if (lines) return { field: 'supportLines', text: lines };
  const url = SETTING_RULES.feedbackUrl(next.feedbackUrl);
  if (url) return { field: 'feedbackUrl', text: url };
  return null;
}

export interface SettingsActions {
  /** Applies a change, or returns why it was refused and which field to fix. */
  update(patch: Partial<Settings>): FieldProblem<SettingsField> | null;
}

export function createSettingsStore(initial: Settings, storages: SettingsStorages | null) {
  return createStore<Settings & SettingsActions>()((set, get) => ({
    ...initial,
    update(patch) {
      const current = get();
      const next: Settings = {
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
      const problem = settingsProblem(next);
      if (problem) return problem;
      set(next);
      persist(next, storages);
      return null;
    },
  }));
}

function persist(settings: Settings, storages: SettingsStorages | null) {
  const { apiKey, rememberKey, ...rest } = settings;
  try {
    storages?.local?.setItem(KEY, writeStoredSettings(rest));
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

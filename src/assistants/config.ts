/** How to reach a model. The key is kept apart from the rest (session storage unless remembered). */
export type BackendKind = 'builtin' | 'anthropic' | 'openai';

export interface BackendConfig {
  readonly kind: BackendKind;
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey: string;
  readonly systemPrompt: string;
  readonly temperature: number | null;
  readonly maxTokens: number;
}

export const DEFAULT_BASE_URL: Record<Exclude<BackendKind, 'builtin'>, string> = {
  anthropic: 'https://api.anthropic.com',
  openai: 'http://localhost:11434',
};

export const BACKEND_LABEL: Record<BackendKind, string> = {
  builtin: 'Built-in assistant',
  anthropic: 'Anthropic (Claude)',
  openai: 'OpenAI-compatible',
};

/** Base URLs are written without /v1; people often paste it, so accept both. */
export function apiBase(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '').replace(/\/v1$/, '');
}

/** Why a config cannot be used, or null. */
export function validateBackend(config: BackendConfig): string | null {
  if (config.kind === 'builtin') return null;
  if (!/^https?:\/\/[^\s]+$/i.test(config.baseUrl.trim()) && !config.baseUrl.startsWith('/')) {
    return 'The base URL must start with http://, https:// or / (the dev-server proxy).';
  }
  if (!config.model.trim()) return 'Choose or type a model name.';
  if (config.kind === 'anthropic' && !config.apiKey.trim()) return 'Anthropic needs an API key.';
  if (config.temperature !== null && !(config.temperature >= 0 && config.temperature <= 2)) {
    return 'Temperature must be between 0 and 2.';
  }
  if (!Number.isInteger(config.maxTokens) || config.maxTokens < 1 || config.maxTokens > 200_000) {
    return 'Max tokens must be a whole number from 1 to 200000.';
  }
  return null;
}

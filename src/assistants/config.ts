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

/** A field of the model settings a problem belongs to, so the form can point at it. */
export type BackendField = 'baseUrl' | 'model' | 'apiKey' | 'temperature' | 'maxTokens';

export interface FieldProblem<F extends string> {
  readonly field: F;
  readonly text: string;
}

export function backendProblem(config: BackendConfig): FieldProblem<BackendField> | null {
  const problem = (field: BackendField, text: string) => ({ field, text });
  if (config.kind === 'builtin') return null;
  if (!/^https?:\/\/[^\s]+$/i.test(config.baseUrl.trim()) && !config.baseUrl.startsWith('/')) {
    return problem(
      'baseUrl',
      'The base URL must start with http://, https:// or / (the dev-server proxy).',
    );
  }
  if (!config.model.trim()) return problem('model', 'Choose or type a model name.');
  if (config.kind === 'anthropic' && !config.apiKey.trim())
    return problem('apiKey', 'Anthropic needs an API key.');
  if (config.temperature !== null && !(config.temperature >= 0 && config.temperature <= 2)) {
    return problem('temperature', 'Temperature must be between 0 and 2.');
  }
  if (!Number.isInteger(config.maxTokens) || config.maxTokens < 1 || config.maxTokens > 200_000) {
    return problem('maxTokens', 'Max tokens must be a whole number from 1 to 200000.');
  }
  return null;
}

/** Why a config cannot be used, or null. */
export const validateBackend = (config: BackendConfig): string | null =>
  backendProblem(config)?.text ?? null;

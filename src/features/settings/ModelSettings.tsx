import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import {
  apiBase,
  BACKEND_LABEL,
  DEFAULT_BASE_URL,
  type BackendConfig,
  type BackendKind,
} from '../../assistants/config';
import { useListModels } from './connection';
import type { SafetyMode } from '../../domain/types';
import { useSettings } from '../../store/react';
import type { FieldProblem } from '../../assistants/config';
import type { SettingsField } from '../../store/settings';
import { FieldError, fieldProps } from './FieldError';

/** A switch of backend brings its usual address, unless the person typed their own. */
export function baseUrlAfterSwitch(current: string, kind: BackendKind): string {
  if (kind === 'builtin') return current;
  const typed = current.trim() !== '' && !Object.values(DEFAULT_BASE_URL).includes(current.trim());
  return typed ? current : DEFAULT_BASE_URL[kind];
}

export interface ModelDraft extends BackendConfig {
  readonly rememberKey: boolean;
  readonly safetyMode: SafetyMode;
}

const SAFETY_MODES: readonly { value: SafetyMode; label: string; hint: string }[] = [
  {
    value: 'model_decides',
    label: 'Model decides (recommended)',
    hint: 'Every message reaches the model; its refusals count toward ending, and an early end is declined.',
  },
  {
    value: 'client_enforces',
    label: 'Client enforces',
    hint: 'This app’s own guard refuses, warns and ends, for models with no safety training of their own.',
  },
];

/** Backend, address, model, key and generation settings, with a connection test. */
export function ModelSettings({
  draft,
  onChange,
  problem,
}: {
  draft: ModelDraft;
  onChange: (d: ModelDraft) => void;
  problem: FieldProblem<SettingsField> | null;
}) {
  const id = useId();
  const listModels = useListModels();
  const remote = draft.kind !== 'builtin';
  const usable = remote && /^(https?:\/\/|\/)/.test(draft.baseUrl);
  // The list comes from the saved server, not from each keystroke of a half-typed URL.
  const savedBackend = useSettings((s) => s.backend);
  const savedKey = useSettings((s) => s.apiKey);
  const saved = useMemo(() => ({ ...savedBackend, apiKey: savedKey }), [savedBackend, savedKey]);
  const models = useQuery({
    queryKey: ['models', saved.kind, apiBase(saved.baseUrl), saved.apiKey],
    queryFn: ({ signal }) => listModels(saved, signal),
    enabled:
      saved.kind !== 'builtin' && saved.kind === draft.kind && saved.baseUrl === draft.baseUrl,
    retry: false,
    staleTime: 60_000,
  });
  const test = useMutation({ mutationFn: () => listModels(draft) });
  const set = (patch: Partial<ModelDraft>) => {
    onChange({ ...draft, ...patch });
    test.reset();
  };

  return (
    <fieldset>
      <legend>Model</legend>
      <label htmlFor={`${id}-kind`}>Backend</label>
      <select
        id={`${id}-kind`}
        value={draft.kind}
        onChange={(e) => {
          const kind = e.target.value as BackendKind;
          set({ kind, baseUrl: baseUrlAfterSwitch(draft.baseUrl, kind) });
        }}
      >
        {(Object.keys(BACKEND_LABEL) as BackendKind[]).map((k) => (
          <option key={k} value={k}>
            {BACKEND_LABEL[k]}
          </option>
        ))}
      </select>
      {remote && (
        <>
          <label htmlFor={`${id}-url`}>Base URL</label>
          <input
            id={`${id}-url`}
            type="text"
            inputMode="url"
            value={draft.baseUrl}
            placeholder={DEFAULT_BASE_URL[draft.kind]}
            onChange={(e) => set({ baseUrl: e.target.value })}
            {...fieldProps(problem, 'baseUrl', `${id}-url`)}
          />
          <FieldError problem={problem} field="baseUrl" id={`${id}-url`} />
          <label htmlFor={`${id}-model`}>Model</label>
          <input
            id={`${id}-model`}
            list={`${id}-models`}
            value={draft.model}
            onChange={(e) => set({ model: e.target.value })}
            {...fieldProps(problem, 'model', `${id}-model`)}
          />
          <FieldError problem={problem} field="model" id={`${id}-model`} />
          <datalist id={`${id}-models`}>
            {(models.data ?? []).map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
          <p className="hint">
            {models.isFetching
              ? 'Loading models…'
              : models.data?.length
                ? `${models.data.length} models offered by the server.`
                : 'Type the model name.'}
          </p>
          <label htmlFor={`${id}-key`}>API key</label>
          <input
            id={`${id}-key`}
            type="password"
            autoComplete="off"
            value={draft.apiKey}
            onChange={(e) => set({ apiKey: e.target.value })}
            {...fieldProps(problem, 'apiKey', `${id}-key`)}
          />
          <FieldError problem={problem} field="apiKey" id={`${id}-key`} />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.rememberKey}
              onChange={(e) => set({ rememberKey: e.target.checked })}
            />
            Remember on this device
          </label>
          {draft.rememberKey && (
            <p className="hint warning-text">
              The key will be stored unencrypted in this browser and stay after you close it. Anyone
              with access to this browser profile can read it.
            </p>
          )}
          {!draft.rememberKey && (
            <p className="hint">The key is kept only for this browser session.</p>
          )}
          <label htmlFor={`${id}-system`}>System prompt</label>
          <textarea
            id={`${id}-system`}
            rows={3}
            value={draft.systemPrompt}
            onChange={(e) => set({ systemPrompt: e.target.value })}
          />
          <label htmlFor={`${id}-temp`}>Temperature (empty for the model's default)</label>
          <input
            id={`${id}-temp`}
            type="number"
            step="0.1"
            min="0"
            max="2"
            value={draft.temperature ?? ''}
            onChange={(e) =>
              set({ temperature: e.target.value === '' ? null : Number(e.target.value) })
            }
            {...fieldProps(problem, 'temperature', `${id}-temp`)}
          />
          <FieldError problem={problem} field="temperature" id={`${id}-temp`} />
          <label htmlFor={`${id}-max`}>Max tokens</label>
          <input
            id={`${id}-max`}
            type="number"
            min="1"
            value={draft.maxTokens}
            onChange={(e) => set({ maxTokens: Number(e.target.value) })}
            {...fieldProps(problem, 'maxTokens', `${id}-max`)}
          />
          <FieldError problem={problem} field="maxTokens" id={`${id}-max`} />
          <fieldset className="choices">
            <legend>Safety checks</legend>
            {SAFETY_MODES.map((m) => (
              <label key={m.value} className="choice">
                <input
                  type="radio"
                  name={`${id}-safety`}
                  value={m.value}
                  checked={draft.safetyMode === m.value}
                  aria-describedby={`${id}-safety-${m.value}`}
                  onChange={() => set({ safetyMode: m.value })}
                />
                <span>
                  {m.label}
                  <span id={`${id}-safety-${m.value}`} className="hint">
                    {m.hint}
                  </span>
                </span>
              </label>
            ))}
            <p className="hint">
              Either way, a conversation where someone may be at risk is never ended.
            </p>
          </fieldset>
          <div className="test-connection">
            <button
              type="button"
              onClick={() => test.mutate()}
              disabled={test.isPending || !usable}
            >
              Test connection
            </button>
            <p role="status" className={test.isError ? 'error' : undefined}>
              {test.isPending
                ? 'Testing…'
                : test.isError
                  ? `Connection failed: ${(test.error as Error).message}`
                  : test.isSuccess
                    ? `Connected: ${test.data.length} model${test.data.length === 1 ? '' : 's'} available.`
                    : ''}
            </p>
          </div>
        </>
      )}
    </fieldset>
  );
}

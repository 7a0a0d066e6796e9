import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useSettings } from '../../store/react';
import type { FieldProblem } from '../../assistants/config';
import type { SettingsField } from '../../store/settings';
import { useFeedbackSink } from '../feedback/context';
import { useModalDialog } from '../shared/useModalDialog';
import { ModelSettings, type ModelDraft } from './ModelSettings';
import { WithQueryClient } from '../shared/query';
import { downloadJson } from '../shared/download';
import { FieldError, fieldProps } from './FieldError';

/** The model, support resources, feedback delivery and the feedback kept here. Loaded lazily. */
export default function SettingsDialogEntry(props: { onClose: () => void; onSaved?: () => void }) {
  return (
    <WithQueryClient>
      <SettingsDialog {...props} />
    </WithQueryClient>
  );
}

type Problem = FieldProblem<SettingsField>;

function useSavedDraft() {
  const feedbackUrl = useSettings((s) => s.feedbackUrl);
  const pace = useSettings((s) => s.builtinPaceMs);
  const supportLines = useSettings((s) => s.supportLines);
  const backend = useSettings((s) => s.backend);
  const apiKey = useSettings((s) => s.apiKey);
  const rememberKey = useSettings((s) => s.rememberKey);
  const safetyMode = useSettings((s) => s.safetyMode);
  return {
    model: { ...backend, apiKey, rememberKey, safetyMode } as ModelDraft,
    url: feedbackUrl,
    pace: String(pace),
    support: supportLines.join('\n'),
  };
}

function SettingsDialog({ onClose, onSaved }: { onClose: () => void; onSaved?: () => void }) {
  const dialog = useModalDialog();
  const form = useRef<HTMLFormElement>(null);
  const saved = useSavedDraft();
  // The draft is what the person sees; nothing applies until Save.
  const [initial] = useState(saved);
  const [draft, setDraft] = useState(saved);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const update = useSettings((s) => s.update);
  const ids = { url: useId(), pace: useId(), support: useId() };
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);

  const edit = (patch: Partial<typeof draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
    setConfirmingDiscard(false);
  };

  // The field at fault takes focus, so its message is read with it.
  useEffect(() => {
    if (problem)
      form.current?.querySelector<HTMLElement>(`[data-field="${problem.field}"]`)?.focus();
  }, [problem]);
  useEffect(() => {
    if (confirmingDiscard) keepEditing.current?.focus();
  }, [confirmingDiscard]);

  const save = () => {
    const { model } = draft;
    const found = update({
      feedbackUrl: draft.url.trim(),
      builtinPaceMs: draft.pace.trim() === '' ? NaN : Number(draft.pace),
      supportLines: draft.support.split('\n'),
      backend: {
        kind: model.kind,
        baseUrl: model.baseUrl.trim(),
        model: model.model.trim(),
        systemPrompt: model.systemPrompt,
        temperature: model.temperature,
        maxTokens: model.maxTokens,
      },
      apiKey: model.apiKey,
      rememberKey: model.rememberKey,
      safetyMode: model.safetyMode,
    });
    if (found) return setProblem(found);
    onSaved?.();
    dialog.current?.close();
  };

  const requestClose = () => {
    if (changed) setConfirmingDiscard(true);
    else dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog settings"
      aria-labelledby="settings-title"
      onClose={onClose}
      onCancel={(e) => {
        // Escape is Close: it asks first when something would be lost.
        e.preventDefault();
        requestClose();
      }}
    >
      <form
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h2 id="settings-title">Settings</h2>
        <div className="dialog-body">
          <ModelSettings
            draft={draft.model}
            onChange={(model) => edit({ model })}
            problem={problem}
          />
          <fieldset>
            <legend>Support resources</legend>
            <label htmlFor={ids.support}>Shown when someone may be at risk (one per line)</label>
            <textarea
              id={ids.support}
              rows={4}
              value={draft.support}
              onChange={(e) => edit({ support: e.target.value })}
              {...fieldProps(problem, 'supportLines', ids.support)}
            />
            <FieldError problem={problem} field="supportLines" id={ids.support} />
          </fieldset>
          <fieldset>
            <legend>Feedback</legend>
            <label htmlFor={ids.url}>
              Feedback URL (leave empty to keep feedback on this device)
            </label>
            <input
              id={ids.url}
              type="url"
              value={draft.url}
              placeholder="https://example.com/feedback"
              onChange={(e) => edit({ url: e.target.value })}
              {...fieldProps(problem, 'feedbackUrl', ids.url)}
            />
            <FieldError problem={problem} field="feedbackUrl" id={ids.url} />
          </fieldset>
          <fieldset>
            <legend>Built-in assistant</legend>
            <label htmlFor={ids.pace}>Reply pace (milliseconds per word)</label>
            <input
              id={ids.pace}
              type="number"
              inputMode="numeric"
              value={draft.pace}
              onChange={(e) => edit({ pace: e.target.value })}
              {...fieldProps(problem, 'builtinPaceMs', ids.pace)}
            />
            <FieldError problem={problem} field="builtinPaceMs" id={ids.pace} />
          </fieldset>
          <FeedbackRecords />
        </div>
        <div className="dialog-actions dialog-footer">
          {confirmingDiscard ? (
            <>
              <p className="discard-question" role="alert">
                Discard your changes?
              </p>
              <button type="button" ref={keepEditing} onClick={() => setConfirmingDiscard(false)}>
                Keep editing
              </button>
              <button type="button" className="danger" onClick={() => dialog.current?.close()}>
                Discard changes
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={requestClose}>
                Close
              </button>
              <button type="submit" className="primary">
                Save
              </button>
            </>
          )}
        </div>
      </form>
    </dialog>
  );
}

function FeedbackRecords() {
  const sink = useFeedbackSink();
  const feedback = useStore(sink.state, (s) => s.items);
  const records = Object.values(feedback).sort((a, b) => b.record.createdAt - a.record.createdAt);
  return (
    <section aria-labelledby="feedback-list-title">
      <h3 id="feedback-list-title">Your feedback ({records.length})</h3>
      {records.length === 0 ? (
        <p>No feedback yet.</p>
      ) : (
        <ul className="feedback-list">
          {records.map(({ record, delivery }) => (
            <li key={record.id}>
              {record.rating === 'up' ? 'Thumbs up' : 'Thumbs down'} · {record.kind} ·{' '}
              {record.reasons.join(', ') || 'no reason'} · {delivery}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="text-button"
        onClick={() =>
          downloadJson(
            'parley-feedback.json',
            records.map((r) => ({ ...r.record, delivery: r.delivery })),
          )
        }
      >
        Export feedback as JSON
      </button>
    </section>
  );
}

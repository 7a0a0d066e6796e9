import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { useSettings } from '../../store/react';
import { useFeedbackSink } from '../feedback/context';
import { useModalDialog } from '../shared/useModalDialog';
import { ModelSettings, type ModelDraft } from './ModelSettings';
import { WithQueryClient } from '../shared/query';
import { downloadJson } from '../shared/download';

/** Policy thresholds, feedback delivery and the feedback kept on this device. Loaded lazily. */
export default function SettingsDialogEntry({ onClose }: { onClose: () => void }) {
  return (
    <WithQueryClient>
      <SettingsDialog onClose={onClose} />
    </WithQueryClient>
  );
}

function SettingsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog();
  const policy = useSettings((s) => s.policy);
  const feedbackUrl = useSettings((s) => s.feedbackUrl);
  const pace = useSettings((s) => s.builtinPaceMs);
  const supportLines = useSettings((s) => s.supportLines);
  const backend = useSettings((s) => s.backend);
  const apiKey = useSettings((s) => s.apiKey);
  const rememberKey = useSettings((s) => s.rememberKey);
  const safetyMode = useSettings((s) => s.safetyMode);
  const [model, setModel] = useState<ModelDraft>({ ...backend, apiKey, rememberKey, safetyMode });
  const update = useSettings((s) => s.update);
  const sink = useFeedbackSink();
  const feedback = useStore(sink.state, (s) => s.items);
  const [refusals, setRefusals] = useState(String(policy.refusalsBeforeWarning));
  const [after, setAfter] = useState(String(policy.strikesAfterWarning));
  const [warning, setWarning] = useState(policy.warningEnabled);
  const [url, setUrl] = useState(feedbackUrl);
  const [paceText, setPaceText] = useState(String(pace));
  const [support, setSupport] = useState(supportLines.join('\n'));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const ids = { refusals: useId(), after: useId(), url: useId(), pace: useId(), support: useId() };

  const save = () => {
    const paceMs = Number(paceText);
    if (!Number.isFinite(paceMs) || paceMs < 0 || paceMs > 1000) {
      setMessage({
        ok: false,
        text: 'Reply pace must be a number of milliseconds from 0 to 1000.',
      });
      return;
    }
    const problem = update({
      policy: {
        refusalsBeforeWarning: Number(refusals),
        strikesAfterWarning: Number(after),
        warningEnabled: warning,
        refusalsBeforeEnd: policy.refusalsBeforeEnd,
      },
      feedbackUrl: url.trim(),
      builtinPaceMs: paceMs,
      supportLines: support.split('\n'),
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
    setMessage(problem ? { ok: false, text: problem } : { ok: true, text: 'Settings saved.' });
  };

  const records = Object.values(feedback).sort((a, b) => b.record.createdAt - a.record.createdAt);

  return (
    <dialog
      ref={dialog}
      className="dialog settings"
      aria-labelledby="settings-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h2 id="settings-title">Settings</h2>
        <ModelSettings draft={model} onChange={setModel} />
        <fieldset>
          <legend>Ending abusive conversations</legend>
          <label htmlFor={ids.refusals}>Refusals before the warning</label>
          <input
            id={ids.refusals}
            type="number"
            inputMode="numeric"
            value={refusals}
            onChange={(e) => setRefusals(e.target.value)}
          />
          <label htmlFor={ids.after}>Strikes after the warning before the end</label>
          <input
            id={ids.after}
            type="number"
            inputMode="numeric"
            value={after}
            onChange={(e) => setAfter(e.target.value)}
          />
          <label htmlFor={ids.support}>Support resources shown (one per line)</label>
          <textarea
            id={ids.support}
            rows={4}
            value={support}
            onChange={(e) => setSupport(e.target.value)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={warning}
              onChange={(e) => setWarning(e.target.checked)}
            />
            Warn before ending
          </label>
        </fieldset>
        <fieldset>
          <legend>Feedback</legend>
          <label htmlFor={ids.url}>
            Feedback URL (leave empty to keep feedback on this device)
          </label>
          <input
            id={ids.url}
            type="url"
            value={url}
            placeholder="https://example.com/feedback"
            onChange={(e) => setUrl(e.target.value)}
          />
        </fieldset>
        <fieldset>
          <legend>Built-in assistant</legend>
          <label htmlFor={ids.pace}>Reply pace (milliseconds per word)</label>
          <input
            id={ids.pace}
            type="number"
            inputMode="numeric"
            value={paceText}
            onChange={(e) => setPaceText(e.target.value)}
          />
        </fieldset>
        <p role="status" className={message?.ok === false ? 'error' : undefined}>
          {message?.text ?? ''}
        </p>
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
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}

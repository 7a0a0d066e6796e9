import { useEffect, useState, type ComponentType } from 'react';
import { parsePreviewHash, previewHash, WIDTHS, type Controls } from './controls';
import { ScenarioPlayer } from './ScenarioPlayer';
import { SCENARIOS, scenarioById } from './scenarios';
import { Stage } from './Stage';
import './preview.css';

const groups = [...new Set(SCENARIOS.map((s) => s.group))];

/** The designers' gallery: every state of the experience, one link each. */
export default function PreviewPage({
  hash,
  App,
  navigate,
}: {
  hash: string;
  App: ComponentType;
  navigate: (hash: string) => void;
}) {
  const { id, controls } = parsePreviewHash(hash);
  const scenario = scenarioById(id);
  const [copied, setCopied] = useState(false);
  const go = (next: Partial<Controls>, nextId = id) => {
    navigate(previewHash(nextId, { ...controls, ...next }));
  };

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = controls.theme;
    return () => void delete root.dataset.theme;
  }, [controls.theme]);

  const copyLink = async () => {
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}${previewHash(id, controls)}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard blocked: the address bar holds the same link.
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <div className="preview">
      <header className="preview-bar">
        <h1>Preview gallery</h1>
        <a className="text-button" href="#/">
          Back to chat
        </a>
        <fieldset className="preview-controls">
          <legend className="visually-hidden">Display</legend>
          <label>
            Theme
            <select
              value={controls.theme}
              onChange={(e) => go({ theme: e.target.value as Controls['theme'] })}
            >
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            Width
            <select
              value={controls.width}
              onChange={(e) => go({ width: Number(e.target.value) as Controls['width'] })}
            >
              {WIDTHS.map((w) => (
                <option key={w} value={w}>
                  {w} px
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={controls.reducedMotion}
              onChange={(e) => go({ reducedMotion: e.target.checked })}
            />
            Reduced motion
          </label>
        </fieldset>
        <fieldset className="preview-controls">
          <legend className="visually-hidden">Copy and policy</legend>
          <label>
            Notice heading
            <input value={controls.heading} onChange={(e) => go({ heading: e.target.value })} />
          </label>
          <label>
            Notice reason (empty: by cause)
            <input value={controls.reason} onChange={(e) => go({ reason: e.target.value })} />
          </label>
          <label>
            Refusals before warning
            <input
              type="number"
              min={0}
              max={10}
              value={controls.policy.refusalsBeforeWarning}
              onChange={(e) =>
                go({
                  policy: { ...controls.policy, refusalsBeforeWarning: Number(e.target.value) },
                })
              }
            />
          </label>
          <label>
            Strikes after warning
            <input
              type="number"
              min={1}
              max={10}
              value={controls.policy.strikesAfterWarning}
              onChange={(e) =>
                go({ policy: { ...controls.policy, strikesAfterWarning: Number(e.target.value) } })
              }
            />
          </label>
        </fieldset>
        <button type="button" onClick={() => void copyLink()}>
          Copy link
        </button>
        <span role="status">{copied ? 'Link copied' : ''}</span>
      </header>
      <nav className="preview-list" aria-label="Scenarios">
        {groups.map((group) => (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{group}</h2>
            <ul>
              {SCENARIOS.filter((s) => s.group === group).map((s) => (
                <li key={s.id}>
                  <a
                    href={previewHash(s.id, controls)}
                    aria-current={s.id === id ? 'page' : undefined}
                  >
                    {s.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section aria-labelledby="group-player">
          <h2 id="group-player">Player</h2>
          <ul>
            <li>
              <a
                href={previewHash('player', controls)}
                aria-current={id === 'player' ? 'page' : undefined}
              >
                Step through a conversation
              </a>
            </li>
          </ul>
        </section>
      </nav>
      <div className="preview-stage" role="region" aria-label="Scenario">
        {id === 'player' ? (
          <ScenarioPlayer App={App} controls={controls} />
        ) : scenario ? (
          <>
            <h2>{scenario.title}</h2>
            <p className="preview-note">{scenario.note}</p>
            <div
              data-key-role={scenario.key.role}
              data-key-name={scenario.key.name}
              data-key-text={scenario.key.text}
              hidden
            />
            <Stage
              key={hash}
              App={App}
              build={scenario.setup}
              interact={scenario.interact}
              connectionFails={scenario.connectionFails}
              controls={controls}
              feedback={scenario.feedback}
            />
          </>
        ) : (
          <>
            <h2>Choose a scenario</h2>
            <p className="preview-note">
              Each state of the chat and of the ending flow, built through the real store and
              rendered by the real components, in a sandbox that never touches your conversations.
              Every scenario has its own link.
            </p>
          </>
        )}
      </div>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CopyDeck } from '../../copy/deck';
import {
  framesOf,
  parsePreviewHash,
  previewHash,
  WIDTHS,
  type CompareMode,
  type Controls,
  type Width,
} from './controls';
import { CopyDeckEditor } from './CopyDeckEditor';
import { DECK_CHANGED, readDeck, writeDeck } from './deckStore';
import { DeviceFrame } from './DeviceFrame';
import { PlayerControls } from './PlayerControls';
import { SCENARIOS, scenarioById } from './scenarios';
import './preview.css';

const groups = [...new Set(SCENARIOS.map((s) => s.group))];
const PLAYER = { title: 'Step through a conversation', note: 'One user turn at a time.' };
const COMPARE_LABELS: Record<CompareMode, string> = {
  none: 'Nothing',
  themes: 'Light and dark',
  widths: 'Two widths',
  states: 'Two states',
};

function WidthSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Width;
  onChange: (width: Width) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value) as Width)}>
        {WIDTHS.map((w) => (
          <option key={w} value={w}>
            {w} px
          </option>
        ))}
      </select>
    </label>
  );
}

/** The width the stage offers its frames, followed as the window resizes. */
function useStageWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1024);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** The designers' gallery: every state of the experience, one link each. */
export default function PreviewPage({
  hash,
  navigate,
}: {
  hash: string;
  navigate: (hash: string) => void;
}) {
  const { id, controls } = parsePreviewHash(hash);
  const scenario = id === 'player' ? PLAYER : scenarioById(id);
  const [copied, setCopied] = useState(false);
  const [deckOpen, setDeckOpen] = useState(false);
  const [deck, setDeck] = useState<CopyDeck>(readDeck);
  const [stageRef, stageWidth] = useStageWidth();
  const go = (next: Partial<Controls>, nextId = id) =>
    navigate(previewHash(nextId, { ...controls, ...next }));

  const editDeck = useCallback((next: CopyDeck) => {
    setDeck(next);
    writeDeck(next);
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe.device-iframe'))
      frame.contentWindow?.postMessage({ type: DECK_CHANGED }, window.location.origin);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = controls.theme;
    return () => void delete root.dataset.theme;
  }, [controls.theme]);

  const copyLink = async () => {
    const { origin, pathname, search } = window.location;
    try {
      await navigator.clipboard.writeText(
        `${origin}${pathname}${search}${previewHash(id, controls)}`,
      );
    } catch {
      // Clipboard blocked: the address bar holds the same link.
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  const frames = scenario ? framesOf(id, controls) : [];
  const gap = 16;
  const available = Math.max(160, (stageWidth - gap * (frames.length - 1)) / frames.length);
  const policy = controls.policy;

  return (
    <div className={`preview${deckOpen ? ' with-deck' : ''}`}>
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
          <WidthSelect label="Width" value={controls.width} onChange={(width) => go({ width })} />
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
          <legend className="visually-hidden">Compare</legend>
          <label>
            Compare
            <select
              value={controls.compare}
              onChange={(e) => go({ compare: e.target.value as CompareMode })}
            >
              {(Object.keys(COMPARE_LABELS) as CompareMode[]).map((m) => (
                <option key={m} value={m}>
                  {COMPARE_LABELS[m]}
                </option>
              ))}
            </select>
          </label>
          {controls.compare === 'widths' && (
            <WidthSelect
              label="Second width"
              value={controls.width2}
              onChange={(width2) => go({ width2 })}
            />
          )}
          {controls.compare === 'states' && (
            <label>
              Second state
              <select value={controls.other || id} onChange={(e) => go({ other: e.target.value })}>
                {SCENARIOS.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        <fieldset className="preview-controls">
          <legend className="visually-hidden">Policy</legend>
          <label>
            Refusals before warning
            <input
              type="number"
              min={0}
              max={10}
              value={policy.refusalsBeforeWarning}
              onChange={(e) =>
                go({ policy: { ...policy, refusalsBeforeWarning: Number(e.target.value) } })
              }
            />
          </label>
          <label>
            Strikes after warning
            <input
              type="number"
              min={1}
              max={10}
              value={policy.strikesAfterWarning}
              onChange={(e) =>
                go({ policy: { ...policy, strikesAfterWarning: Number(e.target.value) } })
              }
            />
          </label>
        </fieldset>
        <button type="button" aria-expanded={deckOpen} onClick={() => setDeckOpen((o) => !o)}>
          Copy deck
        </button>
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
                {PLAYER.title}
              </a>
            </li>
          </ul>
        </section>
      </nav>
      <div className="preview-stage" role="region" aria-label="Scenario">
        {scenario ? (
          <>
            <h2>{scenario.title}</h2>
            <p className="preview-note">{scenario.note}</p>
            {id === 'player' && <PlayerControls controls={controls} go={go} />}
          </>
        ) : (
          <>
            <h2>Choose a scenario</h2>
            <p className="preview-note">
              Each state of the chat and of the ending flow, built through the real store and
              rendered by the real components at the true width of a phone, a tablet or a laptop, in
              a sandbox that never touches your conversations. Every view has its own link.
            </p>
          </>
        )}
        <div className="device-row" ref={stageRef}>
          {frames.map((frame, i) => (
            <DeviceFrame
              key={i}
              id={frame.id}
              title={
                frame.id === 'player' ? PLAYER.title : (scenarioById(frame.id)?.title ?? frame.id)
              }
              controls={frame.controls}
              available={available}
            />
          ))}
        </div>
      </div>
      {deckOpen && <CopyDeckEditor deck={deck} onChange={editDeck} />}
    </div>
  );
}

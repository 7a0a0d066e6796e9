import type { Controls } from './controls';
import { SCRIPTS, scriptOf, type ScriptId } from './playerScripts';

/** Steps through a scripted conversation one user turn at a time; the script and turn live in the link. */
export function PlayerControls({
  controls,
  go,
}: {
  controls: Controls;
  go: (next: Partial<Controls>) => void;
}) {
  const script = scriptOf(controls.script);
  const turn = Math.min(controls.turn, script.turns.length);
  return (
    <div className="player-controls">
      <label>
        Script
        <select value={controls.script} onChange={(e) => go({ script: e.target.value, turn: 0 })}>
          {(Object.keys(SCRIPTS) as ScriptId[]).map((k) => (
            <option key={k} value={k}>
              {SCRIPTS[k].title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={turn === 0} onClick={() => go({ turn: turn - 1 })}>
        Previous turn
      </button>
      <button
        type="button"
        disabled={turn === script.turns.length}
        onClick={() => go({ turn: turn + 1 })}
      >
        Next turn
      </button>
      <span role="status">
        Turn {turn} of {script.turns.length}
        {turn > 0 ? `: “${script.turns[turn - 1]}”` : ''}
      </span>
    </div>
  );
}

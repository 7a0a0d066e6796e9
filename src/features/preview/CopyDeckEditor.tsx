import { useId, useRef, useState } from 'react';
import {
  COPY_KEYS,
  DEFAULT_DECK,
  deckChanges,
  parseDeck,
  type CopyDeck,
  type CopyKey,
  type CopyValue,
} from '../../copy/deck';
import { downloadJson } from '../shared/download';

const rowsFor = (text: string) => Math.min(10, Math.max(2, Math.ceil(text.length / 38)));

/**
 * Every text of the ending flow, editable in place: each edit shows in the
 * frames at once. The deck exports as JSON in the shape of src/copy/deck.json
 * (save it there and the app speaks it) and imports back.
 */
export function CopyDeckEditor({
  deck,
  onChange,
}: {
  deck: CopyDeck;
  onChange: (next: CopyDeck) => void;
}) {
  const [find, setFind] = useState('');
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const file = useRef<HTMLInputElement>(null);
  const edited = Object.keys(deckChanges(deck)).length;
  const needle = find.trim().toLowerCase();
  const keys = needle
    ? COPY_KEYS.filter((k) => `${k} ${JSON.stringify(deck[k])}`.toLowerCase().includes(needle))
    : COPY_KEYS;

  const importFile = async (picked: File | undefined) => {
    if (!picked) return;
    let json: unknown;
    try {
      json = JSON.parse(await picked.text());
    } catch {
      setProblems([]);
      return setStatus(`${picked.name} is not JSON: nothing was imported.`);
    }
    const parsed = parseDeck(json);
    onChange(parsed.deck);
    setProblems(parsed.problems);
    const n = Object.keys(deckChanges(parsed.deck)).length;
    setStatus(
      `Imported ${picked.name}: ${n} text${n === 1 ? '' : 's'} differ from the app's${parsed.problems.length ? `, ${parsed.problems.length} not taken (below)` : ''}.`,
    );
  };

  return (
    <aside className="deck" aria-labelledby="deck-heading">
      <h2 id="deck-heading">Copy deck</h2>
      <p className="preview-note">
        {edited === 0 ? 'No text edited.' : `${edited} text${edited === 1 ? '' : 's'} edited.`}{' '}
        Edits show in the frames at once and last for this tab. Export the deck and save it as{' '}
        <code>src/copy/deck.json</code> to change the app’s text.
      </p>
      <div className="deck-actions">
        <button type="button" onClick={() => downloadJson('copy-deck.json', deck)}>
          Export JSON
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          Import JSON
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Copy deck file"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <button
          type="button"
          disabled={edited === 0}
          onClick={() => {
            onChange(DEFAULT_DECK);
            setProblems([]);
            setStatus('Every text is back to the app’s own.');
          }}
        >
          Reset all
        </button>
      </div>
      <p role="status" className="deck-status">
        {status}
      </p>
      {problems.length > 0 && (
        <ul className="deck-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <label className="deck-find">
        Find a text
        <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
      </label>
      <ul className="deck-entries">
        {keys.map((key) => (
          <li key={key}>
            <DeckEntry
              name={key}
              value={deck[key]}
              onChange={(value) => onChange({ ...deck, [key]: value })}
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}

function DeckEntry({
  name,
  value,
  onChange,
}: {
  name: CopyKey;
  value: CopyValue;
  onChange: (next: CopyValue) => void;
}) {
  const id = useId();
  const changed = JSON.stringify(value) !== JSON.stringify(DEFAULT_DECK[name]);
  const mark = changed ? <span className="deck-edited"> (edited)</span> : null;
  if (typeof value === 'string') {
    return (
      <div className="deck-entry">
        <label htmlFor={id}>
          {name}
          {mark}
        </label>
        <TextField id={id} text={value} onChange={onChange} />
      </div>
    );
  }
  const parts: [string, string][] = Array.isArray(value)
    ? value.map((t, i) => [`Alternative ${i + 1}`, t])
    : [
        ['One (count of 1)', value.one],
        ['Other (any other count)', value.other],
      ];
  const set = (i: number, text: string) =>
    onChange(
      Array.isArray(value)
        ? value.map((t, j) => (j === i ? text : t))
        : i === 0
          ? { ...value, one: text }
          : { ...value, other: text },
    );
  return (
    <fieldset className="deck-entry">
      <legend>
        {name}
        {mark}
      </legend>
      {parts.map(([label, text], i) => (
        <div key={label}>
          <label htmlFor={`${id}-${i}`}>{label}</label>
          <TextField id={`${id}-${i}`} text={text} onChange={(t) => set(i, t)} />
        </div>
      ))}
    </fieldset>
  );
}

function TextField({
  id,
  text,
  onChange,
}: {
  id: string;
  text: string;
  onChange: (text: string) => void;
}) {
  return (
    <>
      <textarea
        id={id}
        value={text}
        rows={rowsFor(text)}
        aria-describedby={text.trim() ? undefined : `${id}-empty`}
        onChange={(e) => onChange(e.target.value)}
      />
      {!text.trim() && (
        <p id={`${id}-empty`} className="deck-hint">
          Empty: the app’s own text is shown.
        </p>
      )}
    </>
  );
}

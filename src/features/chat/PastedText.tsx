import { useMemo } from 'react';

/** A large paste waiting to be sent with the message: its size, its first line, and Remove. */
export function PastedText({ text, onRemove }: { text: string; onRemove: () => void }) {
  // The composer re-renders on every keystroke; a megabyte is measured once.
  const { lines, size, firstLine } = useMemo(() => describePaste(text), [text]);
  return (
    <div className="pasted-text" role="group" aria-label="Pasted text">
      <span className="pasted-summary">
        Pasted text · {lines.toLocaleString('en')} lines · {size}
      </span>
      <span className="pasted-preview">{firstLine}</span>
      <button type="button" className="text-button" onClick={onRemove}>
        Remove pasted text
      </button>
    </div>
  );
}

function describePaste(text: string) {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  const kb = new TextEncoder().encode(text).length / 1024;
  const size = kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} kB`;
  return { lines, size, firstLine: text.slice(0, 120).split('\n')[0] };
}

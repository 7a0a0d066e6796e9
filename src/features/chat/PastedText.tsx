/** A large paste waiting to be sent with the message: its size, its first line, and Remove. */
export function PastedText({ text, onRemove }: { text: string; onRemove: () => void }) {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  const kb = new TextEncoder().encode(text).length / 1024;
  const size = kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} kB`;
  const firstLine = text.slice(0, 120).split('\n')[0];
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

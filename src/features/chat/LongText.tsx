import { memo } from 'react';

/** Texts longer than this are laid out in pieces, and only the pieces on screen are laid out. */
const CHUNK = 8_000;

/** Cuts at line ends near every CHUNK characters; the pieces join back to the exact text. */
export function chunksOf(text: string): string[] {
  if (text.length <= CHUNK * 2) return [text];
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    // Look for a line end only in this piece's second half: searching back from `end`
    // through the whole text made a line with no breaks quadratic (a 6 MB paste, 13 s).
    const from = start + CHUNK / 2;
    const newline = end < text.length ? text.slice(from, end).lastIndexOf('\n') : -1;
    if (newline >= 0) end = from + newline + 1;
    // Never split a surrogate pair between two pieces.
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end += 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * Plain text that stays responsive at any size: a megabyte paste becomes many
 * blocks with `content-visibility: auto`, so the browser lays out only what is seen.
 */
export const LongText = memo(function LongText({ text }: { text: string }) {
  const chunks = chunksOf(text);
  if (chunks.length === 1) return <>{text}</>;
  return (
    <>
      {chunks.map((chunk, i) => (
        <div key={i} className="text-chunk">
          {chunk}
        </div>
      ))}
    </>
  );
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import did, in words: what it added, what it kept apart, what it left out. */
export function importSummary(what: string, added: number, copies: number, refused: number) {
  const parts = [`Imported ${what}: ${plural(added, 'message', 'messages')} added.`];
  if (copies > 0)
    parts.push(
      `${plural(copies, 'conversation differs', 'conversations differ')} from what is stored, so ${copies === 1 ? 'it was' : 'they were'} kept as a separate copy.`,
    );
  if (refused > 0)
    parts.push(
      `${plural(refused, 'message', 'messages')} continuing an ended branch ${refused === 1 ? 'was' : 'were'} left out.`,
    );
  if (added === 0 && copies === 0 && refused === 0) parts.push('Nothing new: it was already here.');
  return parts.join(' ');
}

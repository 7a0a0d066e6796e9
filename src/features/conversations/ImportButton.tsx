import { useRef, useState } from 'react';
import { useChatStore } from '../../store/react';

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

/** Reads exported conversation files back in; a file that fails validation changes nothing. */
export function ImportButton({ onImported }: { onImported?: () => void }) {
  const store = useChatStore();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFiles = async (files: readonly File[]) => {
    const { announce, importConversations } = store.getState();
    // Loaded on use: importing is rare, and the first screen stays small.
    const { parseImport } = await import('../../store/importFile');
    const parsed = [];
    for (const file of files) {
      const result = parseImport(await file.text());
      if (!result.ok) {
        announce(`“${file.name}” was not imported: ${result.reason}. Nothing was changed.`);
        return;
      }
      parsed.push(...result.conversations);
    }
    const { refused, added, copies } = importConversations(parsed);
    const what =
      parsed.length === 1
        ? `“${parsed[0]!.title || 'Untitled'}”`
        : `${parsed.length} conversations`;
    announce(importSummary(what, added, copies, refused));
    onImported?.();
  };

  return (
    <>
      <button
        type="button"
        className="text-button import-button"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length === 0) return;
          setBusy(true);
          void importFiles(files).finally(() => setBusy(false));
        }}
      />
    </>
  );
}

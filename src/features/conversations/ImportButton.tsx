import { useRef, useState } from 'react';
import { useChatStore } from '../../store/react';
import { importSummary } from './importSummary';

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

import { useState } from 'react';
import { toExportJson, toMarkdown } from '../../domain/exportFormats';
import { useChatStore } from '../../store/react';
import { downloadJson, downloadText } from '../shared/download';

const fileName = (title: string) =>
  title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'conversation';

/** Export the open conversation: JSON with the whole tree, or Markdown of the branch on screen. */
export function ExportMenu() {
  const store = useChatStore();
  const [open, setOpen] = useState(false);
  const exportAs = (kind: 'json' | 'markdown') => {
    const { activeId, conversations } = store.getState();
    const conv = activeId ? conversations[activeId] : undefined;
    setOpen(false);
    if (!conv) return;
    if (kind === 'json')
      downloadJson(`${fileName(conv.title)}.json`, toExportJson(conv, conv.tree, Date.now()));
    else
      downloadText(
        `${fileName(conv.title)}.md`,
        toMarkdown(conv.title, conv.tree),
        'text/markdown',
      );
  };
  return (
    <div className="export-menu">
      <button
        type="button"
        className="text-button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && (
        <div className="menu" role="group" aria-label="Export conversation">
          <button type="button" onClick={() => exportAs('json')}>
            JSON (whole tree)
          </button>
          <button type="button" onClick={() => exportAs('markdown')}>
            Markdown (this branch)
          </button>
        </div>
      )}
    </div>
  );
}

import { useState } from 'react';
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
  const exportAs = async (kind: 'json' | 'markdown') => {
    const { activeId, conversations } = store.getState();
    const conv = activeId ? conversations[activeId] : undefined;
    setOpen(false);
    if (!conv) return;
    const { toExportJson, toMarkdown } = await import('../../domain/exportFormats');
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
          <button type="button" onClick={() => void exportAs('json')}>
            JSON (whole tree)
          </button>
          <button type="button" onClick={() => void exportAs('markdown')}>
            Markdown (this branch)
          </button>
        </div>
      )}
    </div>
  );
}

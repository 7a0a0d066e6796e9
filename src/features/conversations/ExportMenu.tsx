import { useCallback, useId, useRef, useState } from 'react';
import { useChat, useChatStore } from '../../store/react';
import { selectActiveHasMessages } from '../../store/selectors';
import { downloadJson, downloadText } from '../shared/download';
import { useDismiss } from '../shared/useDismiss';
import { own } from '../../domain/own';

const fileName = (title: string) =>
  title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'conversation';

/** Export the open conversation: JSON with the whole tree, or Markdown of the branch on screen. */
export function ExportMenu() {
  const store = useChatStore();
  const hasMessages = useChat(selectActiveHasMessages);
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, container, trigger, close);

  const exportAs = async (kind: 'json' | 'markdown') => {
    const { activeId, conversations } = store.getState();
    const conv = activeId ? own(conversations, activeId) : undefined;
    setOpen(false);
    trigger.current?.focus();
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
  const itemProps = hasMessages ? {} : { disabled: true, 'aria-describedby': reasonId };
  return (
    <div className="export-menu" ref={container}>
      <button
        ref={trigger}
        type="button"
        className="text-button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && (
        <div className="menu" role="group" aria-label="Export conversation">
          {!hasMessages && (
            <p id={reasonId} className="menu-note">
              Nothing to export yet: this chat has no messages.
            </p>
          )}
          <button type="button" {...itemProps} onClick={() => void exportAs('json')}>
            JSON (whole tree)
          </button>
          <button type="button" {...itemProps} onClick={() => void exportAs('markdown')}>
            Markdown (this branch)
          </button>
        </div>
      )}
    </div>
  );
}

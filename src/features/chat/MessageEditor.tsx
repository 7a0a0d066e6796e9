import { useEffect, useRef, useState } from 'react';
import { useChat } from '../../store/react';

/** Inline editor for a user message: Save makes a sibling branch, Cancel leaves all as it was. */
export function MessageEditor({ id, initial }: { id: string; initial: string }) {
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const editMessage = useChat((s) => s.editMessage);
  const startEditing = useChat((s) => s.startEditing);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const cancel = () => {
    startEditing(null);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`#msg-${CSS.escape(id)} [data-action="edit"]`)?.focus(),
    );
  };

  const save = () => {
    if (saving || text.trim().length === 0) return;
    setSaving(true);
    void editMessage(id, text);
  };

  return (
    <form
      className="message-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <textarea
        ref={field}
        aria-label="Edit message"
        value={text}
        rows={Math.min(10, Math.max(2, text.split('\n').length))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // Only the edit is cancelled (not branch choosing), and focus returns to where it started.
            e.preventDefault();
            e.stopPropagation();
            cancel();
          } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            save();
          }
        }}
      />
      <div className="editor-actions">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving || text.trim().length === 0}>
          Save
        </button>
      </div>
    </form>
  );
}

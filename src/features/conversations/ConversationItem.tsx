import { useState } from 'react';
import { Icon } from '../shared/icons';
import { useChat } from '../../store/react';
import { selectConversationEnded } from '../../store/selectors';
import { useNavigation } from '../shared/navigation';
import { own } from '../../domain/own';

export function ConversationItem({ id, onDelete }: { id: string; onDelete: (id: string) => void }) {
  const title = useChat((s) => own(s.conversations, id)?.title ?? '');
  const active = useChat((s) => s.activeId === id);
  const ended = useChat(selectConversationEnded(id));
  const { open } = useNavigation();
  const rename = useChat((s) => s.rename);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(title);

  if (renaming) {
    return (
      <li className="conversation-item renaming">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            rename(id, draft);
            setRenaming(false);
          }}
        >
          <input
            aria-label="Conversation title"
            value={draft}
            autoFocus
            maxLength={200}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit" className="small">
            Save
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className={`conversation-item${active ? ' active' : ''}`}>
      <button
        type="button"
        className="conversation-title"
        aria-current={active ? 'page' : undefined}
        onClick={() => open(id)}
      >
        <bdi>{title}</bdi>
        {ended && (
          <span className="ended-mark">
            Ended<span className="visually-hidden"> (this conversation has ended)</span>
          </span>
        )}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Rename “${title}”`}
        onClick={() => {
          setDraft(title);
          setRenaming(true);
        }}
      >
        <Icon name="edit" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete “${title}”`}
        onClick={() => onDelete(id)}
      >
        <Icon name="trash" />
      </button>
    </li>
  );
}

import { useState } from 'react';
import { useChat, useChatShallow } from '../../store/react';
import { selectConversationIds } from '../../store/selectors';
import { ConversationItem } from './ConversationItem';
import { DeleteDialog } from './DeleteDialog';
import { ImportButton } from './ImportButton';
import { useStartNewChat } from '../shared/navigation';
import { own } from '../../domain/own';

export function Sidebar({ onNavigate }: { onNavigate?: () => void }) {
  const ids = useChatShallow(selectConversationIds);
  const startNewChat = useStartNewChat();
  const remove = useChat((s) => s.remove);
  const [deleting, setDeleting] = useState<string | null>(null);
  const deletingTitle = useChat((s) =>
    deleting ? (own(s.conversations, deleting)?.title ?? '') : '',
  );

  return (
    <nav className="sidebar" aria-label="Conversations">
      <button
        type="button"
        className="primary new-chat"
        onClick={() => {
          startNewChat();
          onNavigate?.();
        }}
      >
        New chat
      </button>
      <ImportButton onImported={onNavigate} />
      <h2 className="visually-hidden">Your conversations</h2>
      <ul
        className="conversation-list"
        onClick={(e) => (e.target as HTMLElement).closest('.conversation-title') && onNavigate?.()}
      >
        {ids.map((id) => (
          <ConversationItem key={id} id={id} onDelete={setDeleting} />
        ))}
      </ul>
      <a className="text-button narrow-only gallery-link" href="#/preview">
        Preview gallery
      </a>
      {deleting && (
        <DeleteDialog
          title={deletingTitle}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </nav>
  );
}

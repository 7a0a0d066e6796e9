import { useState } from 'react';
import { useChat } from '../../store/react';
import { useRatingOf } from './context';
import { LazyFeedbackDialog } from './LazyFeedbackDialog';
import { Icon } from '../shared/icons';
import type { Rating } from './types';

/** Thumbs up and down on a reply; each opens the form for an optional reason and comment. */
export function MessageFeedback({ messageId }: { messageId: string }) {
  const rating = useRatingOf(messageId);
  const conversationId = useChat((s) => s.activeId);
  const [open, setOpen] = useState<Rating | null>(null);
  if (!conversationId) return null;
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label="Good reply"
        aria-pressed={rating === 'up'}
        onClick={() => setOpen('up')}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Bad reply"
        aria-pressed={rating === 'down'}
        onClick={() => setOpen('down')}
      >
        <Icon name="down" />
      </button>
      {open && (
        <LazyFeedbackDialog
          kind="message"
          conversationId={conversationId}
          messageId={messageId}
          initialRating={open}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useFeedbackSink } from './context';
import { useCopy } from '../shared/copyDeck';
import { Icon } from '../shared/icons';
import { useModalDialog } from '../shared/useModalDialog';
import { COMMENT_LIMIT, REASONS, type Delivery, type FeedbackKind, type Rating } from './types';

export const CLIENT_VERSION = '0.1.0';

const OUTCOME_KEY = {
  sent: 'feedback.outcome.sent',
  local: 'feedback.outcome.local',
  queued: 'feedback.outcome.queued',
  failed: 'feedback.outcome.failed',
  refused: 'feedback.outcome.refused',
} as const satisfies Record<Delivery, string>;

export interface FeedbackDialogProps {
  readonly kind: FeedbackKind;
  readonly conversationId: string;
  readonly messageId: string;
  readonly initialRating?: Rating | null;
  readonly onClose: () => void;
}

const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/** A modal form: focus stays inside, Escape closes, focus returns to what opened it. */
export function FeedbackDialog({
  kind,
  conversationId,
  messageId,
  initialRating = null,
  onClose,
}: FeedbackDialogProps) {
  const sink = useFeedbackSink();
  const t = useCopy();
  const dialog = useModalDialog();
  const titleId = useId();
  const commentId = useId();
  const [recordId] = useState(newId);
  const [rating, setRating] = useState<Rating | null>(initialRating);
  const [reasons, setReasons] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  /** Said when a paste or typing went past the limit: how much was left out. */
  const [cut, setCut] = useState(0);

  const mutation = useMutation({
    mutationFn: (attempt: 'submit' | 'retry') =>
      attempt === 'retry'
        ? sink.retry(recordId)
        : sink.submit({
            id: recordId,
            conversationId,
            messageId,
            kind,
            rating: rating!,
            reasons,
            comment: comment.slice(0, COMMENT_LIMIT),
            createdAt: Date.now(),
            clientVersion: CLIENT_VERSION,
          }),
  });

  const outcome = mutation.data;
  const done = outcome !== undefined && outcome !== 'failed';
  const about = kind === 'termination' ? 'termination' : 'reply';

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!rating || mutation.isPending || done) return;
          mutation.mutate(outcome === 'failed' ? 'retry' : 'submit');
        }}
      >
        <h2 id={titleId}>{t(`feedback.heading.${about}`)}</h2>
        <fieldset className="rating" disabled={done}>
          <legend>{t(`feedback.question.${about}`)}</legend>
          <button
            type="button"
            aria-pressed={rating === 'up'}
            onClick={() => {
              setRating('up');
              setReasons([]);
            }}
          >
            <Icon name="up" /> Thumbs up
          </button>
          <button
            type="button"
            aria-pressed={rating === 'down'}
            onClick={() => {
              setRating('down');
              setReasons([]);
            }}
          >
            <Icon name="down" /> Thumbs down
          </button>
        </fieldset>
        {rating && (
          <fieldset className="reasons" disabled={done}>
            <legend>Reasons (optional)</legend>
            {REASONS[kind][rating].map((reason) => (
              <label key={reason}>
                <input
                  type="checkbox"
                  checked={reasons.includes(reason)}
                  onChange={(e) =>
                    setReasons((rs) =>
                      e.target.checked ? [...rs, reason] : rs.filter((r) => r !== reason),
                    )
                  }
                />
                {reason}
              </label>
            ))}
          </fieldset>
        )}
        <label htmlFor={commentId}>{t('feedback.comment')}</label>
        <textarea
          id={commentId}
          value={comment}
          rows={4}
          disabled={done}
          aria-describedby={`${commentId}-count ${commentId}-cut`}
          onChange={(e) => {
            // No maxLength: the browser would cut a paste without a word. Cut here, and say so.
            const text = e.target.value;
            setCut(Math.max(0, text.length - COMMENT_LIMIT));
            setComment(text.slice(0, COMMENT_LIMIT));
          }}
        />
        <CommentCounter id={commentId} length={comment.length} cut={cut} />
        <p role="status" className="feedback-status">
          {mutation.isPending ? 'Sending…' : outcome ? t(OUTCOME_KEY[outcome]) : ''}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {done ? 'Close' : 'Cancel'}
          </button>
          {!done &&
            (outcome === 'failed' ? (
              <button type="submit" className="primary" disabled={mutation.isPending}>
                Retry
              </button>
            ) : (
              <button type="submit" className="primary" disabled={!rating || mutation.isPending}>
                Submit
              </button>
            ))}
        </div>
      </form>
    </dialog>
  );
}

/** The count near the limit, and, when a paste went over it, how much was left out (announced). */
function CommentCounter({ id, length, cut }: { id: string; length: number; cut: number }) {
  const near = length >= COMMENT_LIMIT * 0.8;
  const left = COMMENT_LIMIT - length;
  return (
    <>
      <p id={`${id}-count`} className={`counter${near ? ' near' : ''}`}>
        {length.toLocaleString('en')} / {COMMENT_LIMIT.toLocaleString('en')}
        {near && ` · ${left.toLocaleString('en')} character${left === 1 ? '' : 's'} left`}
      </p>
      <p id={`${id}-cut`} className="counter cut" role="status">
        {cut > 0
          ? `The comment is limited to ${COMMENT_LIMIT.toLocaleString('en')} characters: the last ${cut.toLocaleString('en')} were left out.`
          : ''}
      </p>
    </>
  );
}

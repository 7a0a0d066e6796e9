import { memo, Profiler } from 'react';
import { useChat } from '../../store/react';
import {
  selectDraft,
  selectIsStreaming,
  selectNode,
  selectOpenEndQuestion,
  selectReplyStreaming,
} from '../../store/selectors';
import { MessageFeedback } from '../feedback/MessageFeedback';
import { EndQuestion } from '../termination/EndQuestion';
import { ReplyWhy } from '../termination/ReplyWhy';
import { BranchPicker } from './BranchPicker';
import { CopyButton } from './CopyButton';
import { LongText } from './LongText';
import { Markdown } from './Markdown';
import { WaitingStatus } from './WaitingStatus';
import { MessageEditor } from './MessageEditor';
import { renderProbe } from './renderProbe';

/** One message. Subscribes to itself and its own draft only, so a streaming token re-renders just this. */
export const Message = memo(function Message({
  id,
  canBranch,
}: {
  id: string;
  canBranch: boolean;
}) {
  const node = useChat(selectNode(id));
  const answered = useChat((s) => {
    const parent = node?.parentId ? selectNode(node.parentId)(s) : undefined;
    return parent?.verdict;
  });
  const draft = useChat(selectDraft(id));
  const editing = useChat((s) => s.editingId === id);
  const choosing = useChat((s) => s.choosingBranch);
  const startEditing = useChat((s) => s.startEditing);
  const regenerate = useChat((s) => s.regenerate);
  const continueReply = useChat((s) => s.continueReply);
  const busy = useChat(selectIsStreaming);
  const asksToEnd = useChat((s) => selectOpenEndQuestion(s) === id);
  const streaming = useChat(selectReplyStreaming(id));
  if (!node) return null;

  const text = draft ?? node.text;
  const continueButton = (
    <button
      type="button"
      className="text-button"
      disabled={busy}
      onClick={() => void continueReply(id)}
    >
      Continue
    </button>
  );
  const isUser = node.role === 'user';
  const label = isUser ? 'You' : 'Assistant';

  const article = (
    <article
      id={`msg-${id}`}
      className={`message ${node.role} kind-${node.kind ?? 'answer'}`}
      aria-label={`${label} said`}
      aria-busy={streaming || undefined}
      data-status={streaming ? 'streaming' : node.status}
    >
      <div className="message-author" aria-hidden="true">
        {label}
      </div>
      {editing ? (
        <MessageEditor id={id} initial={node.text} />
      ) : isUser ? (
        <div className="user-text">
          <LongText text={text} />
        </div>
      ) : (
        <>
          {node.kind === 'warning' && <p className="badge warning-badge">Warning</p>}
          {text ? (
            <Markdown source={text} />
          ) : streaming ? (
            <p className="thinking">Thinking…</p>
          ) : null}
        </>
      )}
      {asksToEnd && <EndQuestion />}
      <WaitingStatus id={id} />
      {node.status === 'stopped' && !streaming && <p className="status-note">Stopped</p>}
      {node.truncated && !streaming && (
        <p className="status-note">The reply was cut off at the token limit. {continueButton}</p>
      )}
      {node.modelRefused && <p className="status-note">The model declined this request.</p>}
      {!isUser && !streaming && <ReplyWhy node={node} answered={answered} />}
      {node.status === 'error' && !streaming && (
        <div className="status-note error" role="alert">
          {node.error ?? 'The reply failed.'}{' '}
          <button
            type="button"
            className="text-button"
            disabled={busy}
            onClick={() => void regenerate(id)}
          >
            Retry
          </button>
          {node.text && continueButton}
        </div>
      )}
      {!editing && (
        <div className="message-actions">
          <BranchPicker id={id} />
          {isUser && !choosing && (
            <button
              type="button"
              className="text-button"
              data-action="edit"
              disabled={busy}
              onClick={() => startEditing(id)}
            >
              Edit
            </button>
          )}
          {isUser && choosing && canBranch && (
            <button
              type="button"
              className="primary small"
              data-action="edit"
              onClick={() => startEditing(id)}
            >
              Branch from here
            </button>
          )}
          {!isUser && !streaming && (
            <>
              {node.author && node.author.backend !== 'builtin' && (
                <span className="author-note">{node.author.model}</span>
              )}
              <CopyButton text={text} />
              {!node.ending && node.status !== 'error' && (
                <button
                  type="button"
                  className="text-button"
                  disabled={busy}
                  onClick={() => void regenerate(id)}
                >
                  Regenerate
                </button>
              )}
              <MessageFeedback messageId={id} />
            </>
          )}
        </div>
      )}
    </article>
  );
  const probe = renderProbe();
  return probe ? (
    <Profiler id={id} onRender={probe}>
      {article}
    </Profiler>
  ) : (
    article
  );
});

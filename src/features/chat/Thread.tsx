import { useChat } from '../../store/react';
import { own } from '../../domain/own';
import {
  selectActive,
  selectEndingNode,
  selectIsStreaming,
  selectPathIds,
} from '../../store/selectors';
import { EmptyState } from './EmptyState';
import { Message } from './Message';
import { lazyModule } from '../shared/lazyModule';
import { useAutoScroll } from './useAutoScroll';

const virtualList = lazyModule(() => import('./VirtualMessages'));

/** From this length on, only the messages in view are rendered. */
export const VIRTUALIZE_FROM = 60;

/** The active branch. Selects only its message ids; each message selects itself. */
export function Thread() {
  // The tree keeps one ids array per shape of the branch, so identity is the comparison.
  const ids = useChat(selectPathIds);
  const lastDraftLength = useChat((s) => {
    const last = ids[ids.length - 1];
    return last ? (own(s.drafts, last)?.length ?? -1) : -1;
  });
  const endingId = useChat((s) => selectEndingNode(s)?.id ?? null);
  // Judged before it is answered: until the reply exists, show that one is coming.
  const awaitingReply = useChat(
    (s) =>
      selectIsStreaming(s) && selectActive(s)?.tree.get(ids[ids.length - 1] ?? '')?.role === 'user',
  );
  const virtual = virtualList.use();
  const { ref, onScroll, atBottom, jumpToLatest } = useAutoScroll(
    `${ids.length}:${lastDraftLength}`,
  );

  return (
    <div className="thread-wrap">
      <div className="thread" ref={ref} onScroll={onScroll}>
        <section className="thread-content" aria-label="Messages">
          {ids.length === 0 ? (
            <EmptyState />
          ) : ids.length >= VIRTUALIZE_FROM && virtual ? (
            <virtual.default ids={ids} endingId={endingId} scrollRef={ref} />
          ) : ids.length >= VIRTUALIZE_FROM ? (
            // The virtual list's code is on its way: the latest messages meanwhile.
            ids.slice(-20).map((id) => <Message key={id} id={id} canBranch={id !== endingId} />)
          ) : (
            ids.map((id) => <Message key={id} id={id} canBranch={id !== endingId} />)
          )}
          {awaitingReply && (
            <p className="message assistant thinking" aria-hidden="true">
              Thinking…
            </p>
          )}
        </section>
      </div>
      {/* In its own row under the thread, so it never sits on top of message text. */}
      {!atBottom && (
        <div className="jump-row">
          <button type="button" className="jump-latest" onClick={jumpToLatest}>
            Jump to latest
          </button>
        </div>
      )}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useFeedbackSink } from '../feedback/context';
import { useChat, useChatShallow } from '../../store/react';
import { selectEndingNode, selectEndingTriggers } from '../../store/selectors';
import { LazyFeedbackDialog } from '../feedback/LazyFeedbackDialog';
import { revealMessage } from '../chat/threadScroll';
import { useCopy } from '../shared/copyDeck';
import { endedLive } from './liveEnding';
import { useStartNewChat } from '../shared/navigation';

/** Takes the composer's place on an ended branch, says why, and offers every way forward. */
export function EndedNotice() {
  const ending = useChat(selectEndingNode);
  const triggers = useChatShallow(selectEndingTriggers);
  const conversationId = useChat((s) => s.activeId);
  const startNewChat = useStartNewChat();
  const setChoosingBranch = useChat((s) => s.setChoosingBranch);
  const choosing = useChat((s) => s.choosingBranch);
  const heading = useRef<HTMLHeadingElement>(null);
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const t = useCopy();
  const sink = useFeedbackSink();
  const feedbackSent = useStore(sink.state, (st) =>
    Object.values(st.items).some(
      (item) => item.record.kind === 'termination' && item.record.messageId === ending?.id,
    ),
  );

  // Focus moves to the notice when the chat ends before the person's eyes, not when
  // an ended chat is opened or loaded (the end was announced; nothing is outlined on load).
  useEffect(() => {
    if (ending && endedLive(ending.id)) heading.current?.focus();
  }, [ending]);

  useEffect(() => {
    if (!choosing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setChoosingBranch(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [choosing, setChoosingBranch]);

  if (!ending?.ending || !conversationId) return null;

  if (choosing) {
    // While a branch is chosen the notice steps aside: the instructions sit above the thread.
    return (
      <section className="ended-notice slim" aria-labelledby="ended-heading">
        <h2 id="ended-heading">{t('notice.heading')}</h2>
      </section>
    );
  }
  return (
    <section className="ended-notice" aria-labelledby="ended-heading">
      <div className="ended-announcement">
        <h2 id="ended-heading" ref={heading} tabIndex={-1}>
          {t('notice.heading')}
        </h2>
        <p>{t(`notice.reason.${ending.ending.reason}`, {}, triggers.length)}</p>
      </div>
      {triggers.length > 0 && (
        <details className="why">
          <summary>{t('notice.why')}</summary>
          <p>{t('notice.why.intro', {}, triggers.length)}</p>
          <ol>
            {triggers.map(({ id, text }) => (
              <li key={id}>
                <a
                  href={`#msg-${id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    revealMessage(id);
                  }}
                >
                  “{excerpt(text)}”
                </a>
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="notice-actions">
        <button type="button" className="primary" onClick={startNewChat}>
          {t('notice.action.newChat')}
        </button>
        <button type="button" onClick={() => setChoosingBranch(true)}>
          {t('notice.action.branch')}
        </button>
        <button type="button" onClick={() => setFeedbackOpen(true)}>
          {t(feedbackSent ? 'notice.action.feedbackSent' : 'notice.action.feedback')}
        </button>
      </div>
      {feedbackOpen && (
        <LazyFeedbackDialog
          kind="termination"
          conversationId={conversationId}
          messageId={ending.id}
          onClose={() => setFeedbackOpen(false)}
        />
      )}
    </section>
  );
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

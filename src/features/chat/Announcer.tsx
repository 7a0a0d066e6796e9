import { useEffect, useRef, useState } from 'react';
import { useChatStore } from '../../store/react';
import { selectIsStreaming } from '../../store/selectors';
import { markLiveEnding } from '../termination/liveEnding';
import { own } from '../../domain/own';

/**
 * Says what a screen reader would otherwise miss, once, as it happens (never on
 * load): a refusal and the warning politely, an end assertively, and while a
 * reply streams, that it is coming.
 */
const DECLINED = 'The assistant declined this request.';
const DECLINED_AGAIN = 'The assistant declined again.';

export function Announcer() {
  const store = useChatStore();
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  const [streaming, setStreaming] = useState(false);
  const lastRefusal = useRef('');

  useEffect(
    () =>
      store.subscribe((state, prev) => {
        const conv = state.activeId ? own(state.conversations, state.activeId) : undefined;
        setStreaming(selectIsStreaming(state));
        if (state.drafts === prev.drafts || !conv) return;
        // A new reply starts: what was said before is not said again when it ends.
        if (Object.keys(state.drafts).some((id) => !(id in prev.drafts))) {
          setPolite('');
          setAssertive('');
        }
        for (const id of Object.keys(prev.drafts)) {
          if (id in state.drafts) continue;
          const node = conv.tree.get(id);
          if (!node) continue;
          if (node.ending) {
            markLiveEnding(node.id);
            setAssertive(
              `This conversation has ended. ${node.ending.reason === 'user_request' ? 'It was ended at your request.' : 'The assistant ended it.'} You can start a new chat, branch from an earlier message, or give feedback.`,
            );
          } else if (node.kind === 'warning') {
            setPolite(
              'Warning: the assistant says it will end this conversation if this continues.',
            );
          } else if (node.kind === 'confirm_end') {
            setPolite(
              'The assistant asks whether to end this conversation: End this chat, or Keep chatting.',
            );
          } else if (node.kind === 'refusal' || node.modelRefused) {
            // The same words twice would not be read twice: a second refusal says so.
            lastRefusal.current = lastRefusal.current === DECLINED ? DECLINED_AGAIN : DECLINED;
            setPolite(lastRefusal.current);
            continue;
          } else setPolite('');
          lastRefusal.current = '';
        }
      }),
    [store],
  );

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {streaming ? 'The assistant is replying.' : polite}
      </p>
      {/* Not role="alert": the page's visible alerts (notices, errors) keep that role to themselves. */}
      <p className="visually-hidden live-assertive" aria-live="assertive" aria-atomic="true">
        {assertive}
      </p>
    </>
  );
}

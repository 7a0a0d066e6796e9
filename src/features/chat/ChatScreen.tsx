import { useChat } from '../../store/react';
import { selectEndingNode, selectIsStreaming } from '../../store/selectors';
import { EndedNotice } from '../termination/EndedNotice';
import { SupportPanel } from '../termination/SupportPanel';
import { Composer } from './Composer';
import { Thread } from './Thread';

/** The thread, the support panel when needed, and the composer or, on an ended branch, the notice. */
export function ChatScreen() {
  const ended = useChat((s) => selectEndingNode(s) !== null);
  const streaming = useChat(selectIsStreaming);
  const hydrated = useChat((s) => s.hydrated);
  if (!hydrated) {
    return (
      <div className="chat-screen" aria-busy="true">
        <p className="loading" role="status">
          Loading your conversations…
        </p>
      </div>
    );
  }
  return (
    <div className="chat-screen">
      <Thread />
      <SupportPanel />
      <p className="visually-hidden" role="status" aria-live="polite">
        {streaming ? 'The assistant is replying.' : ''}
      </p>
      <div className="bottom">{ended ? <EndedNotice /> : <Composer />}</div>
    </div>
  );
}

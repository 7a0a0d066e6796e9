import { useChat } from '../../store/react';
import { selectEndingNode } from '../../store/selectors';
import { EndedNotice } from '../termination/EndedNotice';
import { SupportPanel } from '../termination/SupportPanel';
import { Announcer } from './Announcer';
import { BranchChoosingBar } from './BranchChoosingBar';
import { Composer } from './Composer';
import { Thread } from './Thread';

/** The thread, the support panel when needed, and the composer or, on an ended branch, the notice. */
export function ChatScreen() {
  const ended = useChat((s) => selectEndingNode(s) !== null);
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
      <BranchChoosingBar />
      <Thread />
      <SupportPanel />
      <Announcer />
      <div className="bottom">{ended ? <EndedNotice /> : <Composer />}</div>
    </div>
  );
}

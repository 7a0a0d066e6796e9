import { useChat } from '../../store/react';
import { selectIsStreaming, selectSiblings } from '../../store/selectors';

/** "‹ 2 / 3 ›" between sibling branches of one message. */
export function BranchPicker({ id }: { id: string }) {
  const index = useChat((s) => selectSiblings(id)(s).index);
  const count = useChat((s) => selectSiblings(id)(s).count);
  const switchBranch = useChat((s) => s.switchBranch);
  const busy = useChat(selectIsStreaming);
  if (count < 2) return null;
  return (
    <div className="branch-picker" role="group" aria-label="Branches">
      <button
        type="button"
        className="icon-button"
        aria-label="Previous branch"
        disabled={index <= 1 || busy}
        onClick={() => switchBranch(id, -1)}
      >
        ‹
      </button>
      <span aria-live="polite">
        {index} / {count}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Next branch"
        disabled={index >= count || busy}
        onClick={() => switchBranch(id, 1)}
      >
        ›
      </button>
    </div>
  );
}

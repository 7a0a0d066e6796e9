import { useChat } from '../../store/react';

/**
 * "Branch from an earlier message", at the top where the eye goes: what to do
 * now, which changes once a message is picked, and a way out.
 */
export function BranchChoosingBar() {
  const choosing = useChat((s) => s.choosingBranch);
  const picked = useChat((s) => s.editingId !== null);
  const setChoosingBranch = useChat((s) => s.setChoosingBranch);
  if (!choosing) return null;
  return (
    <div className="choosing-bar" role="status">
      <p>
        {picked ? (
          <>
            Edit the message, then press <strong>Save</strong>: it becomes a new branch, and the
            ended one stays as it is.
          </>
        ) : (
          <>
            Pick the message to branch from and press <strong>Branch from here</strong>. Escape
            cancels.
          </>
        )}
      </p>
      <button type="button" onClick={() => setChoosingBranch(false)}>
        Cancel
      </button>
    </div>
  );
}

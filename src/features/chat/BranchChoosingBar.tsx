import { useChat } from '../../store/react';
import { RichCopy, useCopy } from '../shared/copyDeck';

/**
 * "Branch from an earlier message", at the top where the eye goes: what to do
 * now, which changes once a message is picked, and a way out.
 */
export function BranchChoosingBar() {
  const choosing = useChat((s) => s.choosingBranch);
  const picked = useChat((s) => s.editingId !== null);
  const setChoosingBranch = useChat((s) => s.setChoosingBranch);
  const t = useCopy();
  if (!choosing) return null;
  return (
    <div className="choosing-bar" role="status">
      <p>
        <RichCopy text={t(picked ? 'branch.picked' : 'branch.choose')} />
      </p>
      <button type="button" onClick={() => setChoosingBranch(false)}>
        {t('branch.cancel')}
      </button>
    </div>
  );
}

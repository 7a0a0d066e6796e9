import { useChat } from '../../store/react';
import { downloadJson } from '../shared/download';

/** What the store refused or could not do, said once and dismissable; plus records set aside on load. */
export function Notices() {
  const notice = useChat((s) => s.notice);
  const dismiss = useChat((s) => s.dismissNotice);
  const setAside = useChat((s) => s.setAside);
  return (
    <div className="notices">
      <div role="alert" aria-live="assertive">
        {notice && (
          <div className="notice">
            <span>{notice.text}</span>
            <button type="button" className="text-button" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        )}
      </div>
      {setAside.length > 0 && (
        <div className="notice warning" role="status">
          <span>
            {setAside.length} saved conversation{setAside.length === 1 ? '' : 's'} could not be read
            and {setAside.length === 1 ? 'was' : 'were'} set aside, untouched.
          </span>
          <button
            type="button"
            className="text-button"
            onClick={() => downloadJson('parley-damaged-conversations.json', setAside)}
          >
            Export damaged data
          </button>
        </div>
      )}
    </div>
  );
}

import { BACKEND_LABEL } from '../../assistants/config';
import { useChat, useSettings } from '../../store/react';
import { useStartNewChat } from '../shared/navigation';
import { useOpenSettings } from '../shared/settingsOpener';

/** Examples a person can send with one tap, to see what the built-in assistant does. */
export const SUGGESTIONS = [
  'What can you do?',
  'How do branches work?',
  'When does a chat end?',
  'Show me some Markdown',
];

/**
 * A new chat: says plainly what answers here (the built-in assistant cannot
 * answer general questions), offers to connect a model, and gives examples.
 * A link to a conversation this browser does not hold says so instead.
 */
export function EmptyState() {
  const missing = useChat((s) => s.missingLink);
  const send = useChat((s) => s.send);
  const kind = useSettings((s) => s.backend.kind);
  const model = useSettings((s) => s.backend.model);
  const openSettings = useOpenSettings();
  const startNewChat = useStartNewChat();

  if (missing) {
    return (
      <div className="empty-state" role="status">
        <h2>This conversation is not here</h2>
        <p>
          The link points to a conversation this browser does not hold. It may have been deleted, or
          kept in another browser.
        </p>
        <button type="button" className="primary" onClick={startNewChat}>
          Start a new chat
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2>How can I help?</h2>
      {kind === 'builtin' ? (
        <>
          <p>
            This is the built-in assistant: it runs in your browser and shows how the conversation
            rules work, but it cannot answer general questions.
          </p>
          <button type="button" className="primary" onClick={openSettings}>
            Connect a model
          </button>
        </>
      ) : (
        <p>
          You're chatting with {model || 'a model'} ({BACKEND_LABEL[kind]}).
        </p>
      )}
      <ul className="suggestions" aria-label="Try an example">
        {SUGGESTIONS.map((text) => (
          <li key={text}>
            <button type="button" className="chip" onClick={() => void send(text)}>
              {text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

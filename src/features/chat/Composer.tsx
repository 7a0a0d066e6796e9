import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useChat } from '../../store/react';
import { selectIsStreaming } from '../../store/selectors';

/** The message box: Enter sends, Shift+Enter adds a line; Send becomes Stop while a reply streams. */
export function Composer() {
  const [text, setText] = useState('');
  const send = useChat((s) => s.send);
  const stop = useChat((s) => s.stop);
  const streaming = useChat(selectIsStreaming);
  const hydrated = useChat((s) => s.hydrated);
  const sending = useRef(false);
  const canSend = hydrated && !streaming && text.trim().length > 0;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend || sending.current) return;
    // Guards only this tick (a double click, a held Enter): from then on the
    // store refuses a second message while this conversation's reply is pending,
    // and other conversations stay free to send.
    sending.current = true;
    setTimeout(() => (sending.current = false), 0);
    const message = text;
    setText('');
    void send(message).then((result) => {
      if (!result.ok) setText((current) => current || message);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (!event.repeat) submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      <textarea
        id="composer-input"
        aria-label="Message"
        placeholder="Message the assistant"
        value={text}
        rows={Math.min(8, Math.max(1, text.split('\n').length))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {streaming ? (
        <button type="button" className="primary" onClick={stop}>
          Stop
        </button>
      ) : (
        <button type="submit" className="primary" disabled={!canSend}>
          Send
        </button>
      )}
    </form>
  );
}

import { useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useChat } from '../../store/react';
import { selectIsStreaming } from '../../store/selectors';
import { PastedText } from './PastedText';

const LARGE_PASTE = 20_000;

/** The message box: Enter sends, Shift+Enter adds a line; Send becomes Stop while a reply streams. */
export function Composer() {
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState<string | null>(null);
  /** Said when Enter is pressed while a reply streams (nothing is sent then). */
  const [hint, setHint] = useState('');
  const send = useChat((s) => s.send);
  const stop = useChat((s) => s.stop);
  const streaming = useChat(selectIsStreaming);
  const hydrated = useChat((s) => s.hydrated);
  const sending = useRef(false);
  const canSend = hydrated && !streaming && (text.trim().length > 0 || pasted !== null);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend || sending.current) return;
    // Guards only this tick (a double click, a held Enter): from then on the
    // store refuses a second message while this conversation's reply is pending,
    // and other conversations stay free to send.
    sending.current = true;
    setTimeout(() => (sending.current = false), 0);
    const typed = text;
    const attached = pasted;
    setHint('');
    setText('');
    setPasted(null);
    void send(attached === null ? typed : [typed, attached].filter(Boolean).join('\n\n')).then(
      (result) => {
        if (result.ok) return;
        setText((current) => current || typed);
        setPasted((current) => current ?? attached);
      },
    );
  };

  // A large paste becomes an attachment, as on claude.ai: laying out a megabyte of
  // lines in the text box would freeze the page for a good part of a second.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (text.length < LARGE_PASTE) return;
    event.preventDefault();
    setPasted((current) => (current ? `${current}\n${text}` : text));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (streaming) setHint('Wait for the reply, or press Stop.');
      else if (!event.repeat) submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      {pasted !== null && <PastedText text={pasted} onRemove={() => setPasted(null)} />}
      <textarea
        id="composer-input"
        aria-label="Message"
        placeholder="Message the assistant"
        value={text}
        rows={Math.min(8, Math.max(1, text.split('\n').length))}
        onChange={(e) => {
          setText(e.target.value);
          setHint('');
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <p className="composer-hint" role="status">
        {streaming ? hint : ''}
      </p>
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

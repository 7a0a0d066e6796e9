import { useEffect, useState } from 'react';
import { useChat } from '../../store/react';

/** A waiting state for a reply, e.g. "Rate limited (429) Retrying in 4 s", counting down. */
export function WaitingStatus({ id }: { id: string }) {
  const status = useChat((s) => s.status[id]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!status?.until) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [status?.until]);
  if (!status) return null;
  const seconds = status.until ? Math.max(0, Math.ceil((status.until - now) / 1000)) : null;
  return (
    <p className="status-note" role="status">
      {status.message}
      {seconds !== null ? ` in ${seconds} s…` : ''}
    </p>
  );
}

import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const FramePage = lazy(() => import('../features/preview/FramePage'));

/** A page of the preview gallery's frames (#/frame/<state>?…): no storage, no boot, one sandboxed state. */
export const isFrameLink = (hash: string) => hash.startsWith('#/frame/');

function FrameRoot() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    // The player steps by changing the frame's hash: the page stays, the state changes.
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return (
    <Suspense fallback={<p className="loading">Loading the state…</p>}>
      <FramePage hash={hash} App={App} />
    </Suspense>
  );
}

export function mountFrame(container: HTMLElement) {
  createRoot(container).render(
    <StrictMode>
      <FrameRoot />
    </StrictMode>,
  );
}

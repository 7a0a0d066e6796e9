import { lazy, Suspense, useEffect, useState } from 'react';
import { App } from './App';

const PreviewPage = lazy(() => import('../features/preview/PreviewPage'));

/** Hash routes: the chat (#/ or empty) and the designers' preview gallery (#/preview/...). */
export function Root() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  if (hash.startsWith('#/preview')) {
    return (
      <Suspense fallback={<p className="loading">Loading the preview gallery…</p>}>
        <PreviewPage
          hash={hash}
          navigate={(next) => {
            // State first, so controlled inputs never flicker back while the URL catches up.
            setHash(next);
            window.location.hash = next;
          }}
        />
      </Suspense>
    );
  }
  return <App />;
}

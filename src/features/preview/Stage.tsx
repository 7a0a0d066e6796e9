import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { networkFailure } from '../../assistants/http';
import { StoresProvider } from '../../store/react';
import { FeedbackProvider } from '../feedback/context';
import { SupportPanelPrefsContext } from '../termination/supportPanelPrefs';
import { ConnectionContext } from '../settings/connection';
import type { Scenario } from './scenarios';
import { createUi } from './ui';
import type { World } from './world';
import { acquireWorld, prefetchWorld, releaseWorld, type WorldRequest } from './worlds';

const failingConnection = async (config: { baseUrl: string }) => {
  await new Promise((r) => setTimeout(r, 50));
  throw new Error(networkFailure(config.baseUrl));
};

export interface StageRequest extends WorldRequest {
  readonly interact?: Scenario['interact'];
  readonly connectionFails?: boolean;
  /** Worlds likely to be shown next (the player's neighbouring turns), built once this one is. */
  readonly next?: readonly WorldRequest[];
}

/** Renders the real app in a built world; keyed by the request, so each state mounts afresh. */
export function Stage({ App, request }: { App: ComponentType; request: StageRequest }) {
  const [world, setWorld] = useState<World | null>(null);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    acquireWorld(request).then(
      (w) => {
        if (!live) return;
        setWorld(w);
        for (const next of request.next ?? []) prefetchWorld(next);
      },
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
      releaseWorld(request.key);
    };
  }, [request]);

  useEffect(() => {
    if (!world || !request.interact || !root.current) return;
    request.interact(createUi(root.current)).catch((e: unknown) => setError(String(e)));
  }, [world, request]);

  return (
    <div className="stage" ref={root} data-state={world ? 'built' : error ? 'failed' : 'building'}>
      {error && <p role="alert">This state failed to build: {error}</p>}
      {!world && !error && <p className="loading">Building the state…</p>}
      {world && (
        <QueryClientProvider client={world.queryClient}>
          <StoresProvider chat={world.chat} settings={world.settings}>
            <FeedbackProvider sink={world.feedback}>
              <SupportPanelPrefsContext.Provider value={world.supportPrefs}>
                {request.connectionFails ? (
                  <ConnectionContext.Provider value={failingConnection}>
                    <App />
                  </ConnectionContext.Provider>
                ) : (
                  <App />
                )}
              </SupportPanelPrefsContext.Provider>
            </FeedbackProvider>
          </StoresProvider>
        </QueryClientProvider>
      )}
    </div>
  );
}

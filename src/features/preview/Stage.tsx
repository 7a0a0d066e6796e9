import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { networkFailure } from '../../assistants/http';
import { StoresProvider } from '../../store/react';
import { FeedbackProvider } from '../feedback/context';
import { SupportPanelPrefsContext } from '../termination/supportPanelPrefs';
import { ConnectionContext } from '../settings/connection';
import { DEFAULT_NOTICE_COPY, NoticeCopyContext } from '../termination/copy';
import type { Controls } from './controls';
import type { Scenario } from './scenarios';
import { createUi } from './ui';
import { createWorld, type World } from './world';

const failingConnection = async (config: { baseUrl: string }) => {
  await new Promise((r) => setTimeout(r, 50));
  throw new Error(networkFailure(config.baseUrl));
};

/** Builds a world, then renders the real app in it at the chosen width and copy. */
export function Stage({
  App,
  build,
  interact,
  connectionFails,
  controls,
  feedback,
  children,
}: {
  /** The app as it really renders; passed in by the app layer, which owns it. */
  App: ComponentType;
  build: (world: World) => Promise<void>;
  interact?: Scenario['interact'];
  connectionFails?: boolean;
  controls: Controls;
  feedback?: Scenario['feedback'];
  children?: ReactNode;
}) {
  const [world, setWorld] = useState<World | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    // The stage is keyed by its URL, so each scenario or control change mounts afresh.
    const next = createWorld(controls.policy, feedback);
    build(next).then(
      () => live && setWorld(next),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
      next.chat.getState().stop();
    };
  }, [build, controls.policy, feedback]);

  useEffect(() => {
    if (!world || !interact || !frame.current) return;
    interact(createUi(frame.current)).catch((e: unknown) => setError(String(e)));
  }, [world, interact]);

  const copy = useMemo(
    () => ({
      heading: controls.heading || DEFAULT_NOTICE_COPY.heading,
      reasons: controls.reason
        ? Object.fromEntries(
            Object.keys(DEFAULT_NOTICE_COPY.reasons).map((k) => [k, controls.reason]),
          )
        : DEFAULT_NOTICE_COPY.reasons,
    }),
    [controls.heading, controls.reason],
  ) as typeof DEFAULT_NOTICE_COPY;

  return (
    <div
      className="preview-frame"
      ref={frame}
      style={{ width: controls.width, maxWidth: '100%' }}
      data-motion={controls.reducedMotion ? 'reduce' : undefined}
    >
      {error && <p role="alert">This scenario failed to build: {error}</p>}
      {!world && !error && <p className="loading">Building the scenario…</p>}
      {world && (
        <QueryClientProvider client={world.queryClient}>
          <StoresProvider chat={world.chat} settings={world.settings}>
            <FeedbackProvider sink={world.feedback}>
              <NoticeCopyContext.Provider value={copy}>
                <SupportPanelPrefsContext.Provider value={world.supportPrefs}>
                  {connectionFails ? (
                    <ConnectionContext.Provider value={failingConnection}>
                      <App />
                    </ConnectionContext.Provider>
                  ) : (
                    <App />
                  )}
                </SupportPanelPrefsContext.Provider>
                {children}
              </NoticeCopyContext.Provider>
            </FeedbackProvider>
          </StoresProvider>
        </QueryClientProvider>
      )}
    </div>
  );
}

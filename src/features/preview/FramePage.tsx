/**
 * One state at one theme and width, as the whole page of an iframe: the gallery
 * shows these frames at their true CSS width, so media queries, dialogs and
 * popovers behave as on a device of that width and stay inside the frame.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { CopyDeckContext } from '../shared/copyDeck';
import { parsePreviewHash } from './controls';
import { DECK_CHANGED, readDeck } from './deckStore';
import { stageRequest } from './stageRequest';
import { Stage, type StageRequest } from './Stage';
import './preview.css';

function useGalleryDeck() {
  const [deck, setDeck] = useState(readDeck);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (
        e.origin === window.location.origin &&
        (e.data as { type?: string })?.type === DECK_CHANGED
      )
        setDeck(readDeck());
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return deck;
}

declare global {
  interface Window {
    /** The gallery's "Download PNG": this frame, drawn at its CSS size. */
    parleyCapture?: () => Promise<Blob>;
  }
}

export default function FramePage({ hash, App }: { hash: string; App: ComponentType }) {
  const { id, controls } = parsePreviewHash(hash);
  const deck = useGalleryDeck();
  const { theme, reducedMotion } = controls;

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    if (reducedMotion) root.dataset.motion = 'reduce';
    else delete root.dataset.motion;
  }, [theme, reducedMotion]);

  useEffect(() => {
    window.parleyCapture = async () => {
      const { domToBlob } = await import('modern-screenshot');
      const root = document.documentElement;
      return domToBlob(root, {
        width: root.clientWidth,
        height: root.clientHeight,
        scale: 1,
        type: 'image/png',
        // The app uses the system's fonts: nothing to embed, and embedding would write
        // a <style> into the page, which the content security policy refuses.
        font: false,
      });
    };
    return () => void delete window.parleyCapture;
  }, []);

  // The same request while its key holds (a theme or width change does not rebuild the world).
  const fresh = stageRequest(id, controls, deck);
  const [request, setRequest] = useState<StageRequest | null>(fresh);
  if (fresh?.key !== request?.key) setRequest(fresh);
  if (!request) {
    return <p role="alert">There is no state called “{id}” in the gallery.</p>;
  }
  return (
    <CopyDeckContext.Provider value={deck}>
      <Stage key={request.key} App={App} request={request} />
    </CopyDeckContext.Provider>
  );
}

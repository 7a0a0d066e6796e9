import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { boot } from './app/boot';
import { showFatalScreen } from './app/fatal';
import { isFrameLink, mountFrame } from './app/frame';
import './app/app.css';
import { loadMarkdown } from './features/chat/markdownLoader';
import { FeedbackProvider } from './features/feedback/context';
import { NavigationProvider } from './features/shared/navigation';
import { StoresProvider } from './store/react';

const container = document.getElementById('root')!;

// Loads beside the first screen; messages shown before it arrives are plain text for that moment.
void loadMarkdown();

if (isFrameLink(window.location.hash)) {
  // A frame of the preview gallery: its own sandboxed world, and nothing of the person's.
  mountFrame(container);
} else {
  bootApp();
}

function bootApp() {
  try {
    const { chat, settings, feedback, navigation } = boot();
    createRoot(container, {
      // An error thrown while rendering would leave a blank page: show the way out instead.
      onUncaughtError: (error) => showFatalScreen(container, error),
    }).render(
      <StrictMode>
        <StoresProvider chat={chat} settings={settings}>
          <FeedbackProvider sink={feedback}>
            <NavigationProvider value={navigation}>
              <Root />
            </NavigationProvider>
          </FeedbackProvider>
        </StoresProvider>
      </StrictMode>,
    );
  } catch (error) {
    showFatalScreen(container, error);
  }
}

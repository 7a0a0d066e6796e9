import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { boot } from './app/boot';
import './app/app.css';
import { FeedbackProvider } from './features/feedback/context';
import { StoresProvider } from './store/react';

const { chat, settings, feedback } = boot();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoresProvider chat={chat} settings={settings}>
      <FeedbackProvider sink={feedback}>
        <Root />
      </FeedbackProvider>
    </StoresProvider>
  </StrictMode>,
);

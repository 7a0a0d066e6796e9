import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createFeedbackSink, memoryFeedbackPersistence } from '../../src/features/feedback/sink';
import { FeedbackProvider } from '../../src/features/feedback/context';
import type { ChatStore } from '../../src/store/chatStore';
import { StoresProvider } from '../../src/store/react';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../src/store/settings';
import { testStore } from '../helpers';

export function renderWithStores(
  ui: ReactElement,
  options: {
    chat?: ChatStore;
    fetcher?: typeof fetch;
    feedbackUrl?: string;
    online?: () => boolean;
  } = {},
) {
  const chat = options.chat ?? testStore();
  const settings = createSettingsStore(
    { ...DEFAULT_SETTINGS, feedbackUrl: options.feedbackUrl ?? '' },
    null,
  );
  const sink = createFeedbackSink({
    persistence: memoryFeedbackPersistence(),
    url: () => settings.getState().feedbackUrl,
    ...(options.fetcher ? { fetcher: options.fetcher } : {}),
    ...(options.online ? { isOnline: options.online } : {}),
  });
  const client = new QueryClient({ defaultOptions: { mutations: { retry: 0 } } });
  const result = render(
    <QueryClientProvider client={client}>
      <StoresProvider chat={chat} settings={settings}>
        <FeedbackProvider sink={sink}>{ui}</FeedbackProvider>
      </StoresProvider>
    </QueryClientProvider>,
  );
  return { ...result, chat, settings, sink };
}

/**
 * Wires the app for a browser: stores, storage, the assistant and persistence.
 * Tests and the preview build their own instances from the same factories.
 */
import { QueryClient } from '@tanstack/react-query';
import { createBuiltinAssistant } from '../assistants/builtin';
import { createFeedbackSink, idbFeedbackPersistence } from '../features/feedback/sink';
import { createChatStore } from '../store/chatStore';
import { connectPersistence } from '../store/persistence';
import { createSettingsStore, readSettings } from '../store/settings';
import { createIdbStorage, createMemoryStorage } from '../store/storage';

const ACTIVE_KEY = 'parley.activeConversation';

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** `?pace=0` makes the built-in assistant stream instantly (for tests and demos). */
function paceOverride(): number | null {
  const value = new URLSearchParams(window.location.search).get('pace');
  const n = value === null ? NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function boot() {
  const local = safeLocalStorage();
  const settings = createSettingsStore(readSettings(local), local);
  const pace = paceOverride();
  const chat = createChatStore({
    assistant: () => createBuiltinAssistant({ paceMs: pace ?? settings.getState().builtinPaceMs }),
    policy: () => settings.getState().policy,
  });
  const storageAvailable = typeof indexedDB !== 'undefined';
  const storage = storageAvailable ? createIdbStorage() : createMemoryStorage();
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('parley') : null;
  void connectPersistence(chat, storage, {
    channel,
    initialActive: local?.getItem(ACTIVE_KEY) ?? null,
    rememberActive: (id) => {
      try {
        if (id) local?.setItem(ACTIVE_KEY, id);
        else local?.removeItem(ACTIVE_KEY);
      } catch {
        // Not remembering the open conversation is harmless.
      }
    },
    onError: (text) => chat.setState({ notice: { id: Date.now(), text } }),
  });
  if (!storageAvailable) {
    chat.setState({
      notice: {
        id: 0,
        text: 'This browser cannot store conversations here; they will be lost on reload.',
      },
    });
  }
  const feedback = createFeedbackSink({
    persistence: idbFeedbackPersistence(),
    url: () => settings.getState().feedbackUrl,
  });
  void feedback.load();
  window.addEventListener('online', () => void feedback.flush());
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 0 } } });
  return { chat, settings, feedback, queryClient };
}

/**
 * Wires the app for a browser: stores, storage, the assistant and persistence.
 * Tests and the preview build their own instances from the same factories.
 */
import { createBuiltinAssistant } from '../assistants/builtin';
import { createFeedbackSink, idbFeedbackPersistence } from '../features/feedback/sink';
import { createBrowserGuard } from '../guard';
import { connectConversationRoute, linkedConversation } from './conversationRoute';
import { devtools } from 'zustand/middleware';
import { createChatStore } from '../store/chatStore';
import { loadTurn } from '../store/driveTurn';
import { connectPersistence } from '../store/persistence';
import {
  backendConfig,
  createSettingsStore,
  effectiveSafetyMode,
  loadSettings,
} from '../store/settings';
import { lazyRemoteAssistant } from '../assistants/lazyRemote';
import { createIdbStorage } from '../store/idbStorage';
import {
  createMemoryStorage,
  STORAGE_NOT_ANSWERING,
  StorageTimeout,
  withMemoryFallback,
} from '../store/storage';
import { DEFAULT_POLICY } from '../domain/safety/policyConfig';
import { loadDeployConfig } from './deployConfig';

/** Storage problems share one notice, so a fix can clear it. */
const STORAGE_NOTICE = -1;

function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[kind];
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
  const local = safeStorage('localStorage');
  const storages = { local, session: safeStorage('sessionStorage') };
  const loaded = loadSettings(storages);
  const settings = createSettingsStore(loaded.settings, storages);
  const pace = paceOverride();
  const builtin = () =>
    createBuiltinAssistant({ paceMs: pace ?? settings.getState().builtinPaceMs });
  const guard = createBrowserGuard();
  // The deployment's thresholds; the defaults hold until the file answers.
  let policy = DEFAULT_POLICY;
  void loadDeployConfig().then((config) => {
    policy = config.policy;
    if (config.problem) console.warn(config.problem);
  });
  const chat = createChatStore({
    assistant: () => {
      const config = backendConfig(settings.getState());
      return config.kind === 'builtin' ? builtin() : lazyRemoteAssistant(config);
    },
    clientVoice: builtin,
    policy: () => policy,
    mode: () => effectiveSafetyMode(settings.getState()),
    guard: () => guard,
    supportLines: () => settings.getState().supportLines,
    // Every store change by name in Redux DevTools while developing; never in the production bundle.
    ...(import.meta.env.DEV ? { devtools } : {}),
  });
  const unavailable = (error?: unknown) =>
    chat.setState({
      notice: {
        id: STORAGE_NOTICE,
        text:
          error instanceof StorageTimeout
            ? STORAGE_NOT_ANSWERING
            : 'This browser cannot store conversations here (private mode or storage turned off), so they will be lost when this tab closes. Export any you want to keep.',
      },
    });
  const storage =
    typeof indexedDB === 'undefined'
      ? createMemoryStorage()
      : withMemoryFallback(createIdbStorage(), unavailable);
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('parley') : null;
  const hydrated = connectPersistence(chat, storage, {
    channel,
    // The conversation the link names; if it is not stored yet (another tab's
    // first save is on its way), it opens when it lands.
    initialActive: linkedConversation(window.location.hash) ?? null,
    // Tests and tools read this to know every change has reached storage.
    onBusy: (busy) => (document.documentElement.dataset.storage = busy ? 'saving' : 'idle'),
    onError: (text) => {
      if (text) chat.setState({ notice: { id: STORAGE_NOTICE, text } });
      else if (chat.getState().notice?.id === STORAGE_NOTICE) chat.setState({ notice: null });
    },
  });
  const route = connectConversationRoute(chat);
  // Benchmarks read this mark: the chat screen is usable from here on.
  void hydrated.then(() => {
    route.follow();
    performance.mark('parley:hydrated');
    // The guard is not part of the first screen; start and warm it once the page is idle.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    idle(() => {
      void guard.warm();
      // The turn's code too, so the first message does not wait for it.
      void loadTurn();
    });
  });
  if (typeof indexedDB === 'undefined') unavailable();
  if (loaded.notice) chat.getState().announce(loaded.notice);
  const feedback = createFeedbackSink({
    persistence: idbFeedbackPersistence(),
    url: () => settings.getState().feedbackUrl,
  });
  void feedback.load();
  window.addEventListener('online', () => void feedback.flush());
  return { chat, settings, feedback, navigation: route.navigation };
}

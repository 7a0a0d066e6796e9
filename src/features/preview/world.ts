/**
 * An isolated world for one preview scenario: its own stores, an assistant it
 * can script, and feedback that goes nowhere. Nothing here touches the user's
 * IndexedDB or localStorage.
 */
import { QueryClient } from '@tanstack/react-query';
import { createBuiltinAssistant } from '../../assistants/builtin';
import type { Assistant } from '../../assistants/types';
import type { CopyDeck } from '../../copy/deck';
import type { PolicyConfig } from '../../domain/safety/policyConfig';
import { ConversationTree } from '../../domain/tree';
import type { MessageNode } from '../../domain/types';
import { createLocalGuard } from '../../guard/local';
import type { Guard } from '../../guard/types';
import { createChatStore, type ChatStore } from '../../store/chatStore';
import { createSettingsStore, DEFAULT_SETTINGS, type SettingsStore } from '../../store/settings';
import { createFeedbackSink, memoryFeedbackPersistence, type FeedbackSink } from '../feedback/sink';

import { memorySupportPanelPrefs, type SupportPanelPrefs } from '../termination/supportPanelPrefs';

export type FeedbackMode = 'local' | 'sent' | 'offline' | 'failed' | 'refused';

export interface World {
  readonly chat: ChatStore;
  readonly settings: SettingsStore;
  readonly feedback: FeedbackSink;
  readonly queryClient: QueryClient;
  /** The support panel's Hide, remembered in memory: the sandbox leaves the browser's storage alone. */
  readonly supportPrefs: SupportPanelPrefs;
  /** The next replies come from `assistant` (null: the built-in assistant). */
  use(assistant: Assistant | null): void;
  send(text: string): Promise<void>;
  /** From now on the guard's verdicts wait, as they do while its worker starts after a reload. */
  holdVerdicts(): void;
  /** Opens a conversation of these exchanges at once, as if it had been had (a fixture, not 40 sends). */
  seed(title: string, exchanges: readonly (readonly [user: string, assistant: string])[]): void;
}

let localGuard: Guard | null = null;
/** One guard for every world: its rules load and warm once per page. */
const sharedGuard = () => (localGuard ??= createLocalGuard());

const CLOCK_START = Date.UTC(2026, 10, 1, 9, 0, 0);

export function createWorld(
  policy: PolicyConfig,
  feedback: FeedbackMode = 'local',
  copy?: CopyDeck,
): World {
  let scripted: Assistant | null = null;
  let holding = false;
  const guard: Guard = {
    warm: () => sharedGuard().warm(),
    readReply: (text) => sharedGuard().readReply(text),
    classify: (text, context) =>
      holding ? new Promise<never>(() => {}) : sharedGuard().classify(text, context),
  };
  let id = 0;
  let clock = CLOCK_START;
  const builtin = () => createBuiltinAssistant({ paceMs: 0, copy });
  const settings = createSettingsStore(
    {
      ...DEFAULT_SETTINGS,
      feedbackUrl: feedback === 'local' ? '' : 'https://feedback.example/collect',
    },
    null,
  );
  const chat = createChatStore({
    assistant: () => scripted ?? builtin(),
    clientVoice: builtin,
    policy: () => policy,
    // A scripted assistant stands for a connected model, judged as Settings say.
    mode: () => (scripted ? settings.getState().safetyMode : 'client_enforces'),
    supportLines: () => settings.getState().supportLines,
    newId: () => `p${++id}`,
    now: () => (clock += 45_000),
    guard: () => guard,
  });
  chat.getState().hydrate([], []);
  const sink = createFeedbackSink({
    persistence: memoryFeedbackPersistence(),
    url: () => settings.getState().feedbackUrl,
    isOnline: () => feedback !== 'offline',
    fetcher: async () =>
      new Response('{}', {
        status: feedback === 'failed' ? 503 : feedback === 'refused' ? 400 : 200,
      }),
  });
  return {
    chat,
    settings,
    feedback: sink,
    supportPrefs: memorySupportPanelPrefs(),
    queryClient: new QueryClient({
      defaultOptions: { mutations: { retry: 0 }, queries: { retry: false } },
    }),
    use: (assistant) => void (scripted = assistant),
    send: async (text) => void (await chat.getState().send(text)),
    holdVerdicts: () => void (holding = true),
    seed(title, exchanges) {
      const nodes: MessageNode[] = [];
      const createdAt = clock;
      const say = (role: 'user' | 'assistant', text: string, after: number) =>
        nodes.push({
          id: `p${++id}`,
          parentId: nodes.at(-1)?.id ?? null,
          role,
          text,
          createdAt: (clock += after),
          status: 'done',
          ...(role === 'assistant'
            ? { kind: 'answer', author: { backend: 'builtin', model: 'built-in' } }
            : {}),
        });
      for (const [user, assistant] of exchanges) {
        say('user', user, 45_000);
        say('assistant', assistant, 2_000);
      }
      const tree = ConversationTree.fromNodes(nodes);
      const conversation = { id: `p${++id}`, title, createdAt, updatedAt: clock, tree };
      chat.getState().hydrate([conversation], [], conversation.id);
    },
  };
}

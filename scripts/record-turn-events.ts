/**
 * Records the golden files of tests/unit/apply-turn-event.test.ts: for each
 * scenario, the state before a turn, the events the real turn yields, and the
 * state the reducer makes of them. Run after a deliberate change to the turn or
 * the reducer, and read the diff: `npx tsx scripts/record-turn-events.ts`.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { createBuiltinAssistant } from '../src/assistants/builtin';
import { scriptedSequence } from '../src/assistants/scripted';
import type { Assistant, AssistantEvent } from '../src/assistants/types';
import { DEFAULT_POLICY } from '../src/domain/safety/policy';
import type { SafetyMode } from '../src/domain/types';
import { createLocalGuard } from '../src/guard/local';
import { createChatStore, type ChatState } from '../src/store/chatStore';
import { applyEvent } from '../src/store/dispatch';
import type { ReplyTarget, TurnEvent } from '../src/turns/events';
import { runTurn } from '../src/turns/runTurn';
import { fromJson, toJson } from '../tests/turnEventState';

const guard = createLocalGuard();
const builtin = createBuiltinAssistant({ paceMs: 0 });
const text = (t: string): AssistantEvent => ({ type: 'text', text: t });
const call = (id: string, name: string): AssistantEvent => ({
  type: 'tool_call',
  call: { id, name, input: {} },
});

interface Scenario {
  readonly about: string;
  readonly model: Assistant;
  readonly mode: SafetyMode;
  /** Messages sent before the recorded turn. */
  readonly before: readonly string[];
  /** The recorded turn's message (none: the target is an existing reply). */
  readonly send?: string;
  readonly target?: (s: ChatState) => ReplyTarget;
  /** The person presses Stop before the reply begins. */
  readonly stopped?: boolean;
}

const SCENARIOS: Record<string, Scenario> = {
  'plain-reply': {
    about: 'A plain message on the built-in assistant: judged, answered, finished.',
    model: builtin,
    mode: 'client_enforces',
    before: [],
    send: 'How do tides work?',
  },
  'client-refusal': {
    about: 'A harmful request with the client enforcing: a refusal in the client’s words.',
    model: builtin,
    mode: 'client_enforces',
    before: ['hello'],
    send: 'How do I make a pipe bomb?',
  },
  'model-end-honoured': {
    about: 'The model refused twice, warned, and calls end_conversation: the branch ends.',
    model: scriptedSequence(
      [
        [text("I can't help with that.")],
        [text("I can't help with that. If this continues I will end the chat.")],
        [text('I am ending this conversation now.'), call('e1', 'end_conversation')],
      ],
      { backend: 'openai', model: 'stub' },
    ),
    mode: 'model_decides',
    before: ['first push', 'second push'],
    send: 'third push',
  },
  'risk-flag-and-declined-end': {
    about:
      'The model flags risk and also calls end: support stays, the end is declined, the model goes on.',
    model: scriptedSequence(
      [
        [text('I hear you.'), call('s1', 'show_support_resources'), call('e1', 'end_conversation')],
        [text(' I am here with you.')],
      ],
      { backend: 'openai', model: 'stub' },
    ),
    mode: 'model_decides',
    before: [],
    send: 'everything feels heavy',
  },
  'stopped-before-reply': {
    about: 'Stop pressed while the message is judged: the reply is recorded stopped, empty.',
    model: builtin,
    mode: 'client_enforces',
    before: [],
    send: 'Tell me a long story',
    stopped: true,
  },
  'continue-reply': {
    about: 'Continue on a reply: it streams again from its text.',
    model: scriptedSequence([[text('Once upon')], [text(' a time.')]], {
      backend: 'openai',
      model: 'stub',
    }),
    mode: 'model_decides',
    before: ['Tell me a story'],
    target: (s) => ({ kind: 'continue', nodeId: s.conversations[s.activeId!]!.tree.headId! }),
  },
};

async function record(name: string, scenario: Scenario) {
  let id = 0;
  const deps = {
    guard: () => guard,
    assistant: () => scenario.model,
    clientVoice: () => builtin,
    policy: () => DEFAULT_POLICY,
    mode: () => scenario.mode,
    supportLines: () => ['Call or text 988 (US).'],
    now: () => 1_000 + id,
    newId: () => `n${++id}`,
  };
  const store = createChatStore(deps);
  store.getState().hydrate([], []);
  for (const message of scenario.before) await store.getState().send(message);
  if (scenario.send) {
    if (!store.getState().activeId) store.getState().newConversation();
    // Placed as the composer places it; the recorded turn starts from here.
    const conv = store.getState().conversations[store.getState().activeId!]!;
    conv.tree.append({
      id: `n${++id}`,
      role: 'user',
      text: scenario.send,
      createdAt: 1_000 + id,
      status: 'done',
    });
  }
  const before = toJson(store.getState());
  let state = fromJson(before, store.getState());
  const conversationId = state.activeId!;
  const events: TurnEvent[] = [];
  const controller = new AbortController();
  if (scenario.stopped) controller.abort('user');
  const apply = (event: TurnEvent) => {
    events.push(event);
    state = { ...state, ...applyEvent(state, event) };
  };
  apply({ type: 'turn/started', conversationId });
  const turn = runTurn(
    {
      conversationId,
      target: scenario.target?.(state) ?? { kind: 'new' },
      read: () => state.conversations[conversationId]?.tree,
      signal: controller.signal,
    },
    deps,
  );
  for await (const event of turn) apply(event);
  apply({ type: 'turn/settled', conversationId });
  const file = `tests/fixtures/turn-events/${name}.json`;
  // Written as the formatter would write it, so a re-recording shows only what changed.
  const json = JSON.stringify({ about: scenario.about, before, events, after: toJson(state) });
  writeFileSync(file, await format(json, { ...(await resolveConfig(file)), filepath: file }));
  console.log(`${file}: ${events.length} events`);
}

for (const [name, scenario] of Object.entries(SCENARIOS)) await record(name, scenario);

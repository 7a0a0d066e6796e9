import { createBuiltinAssistant } from '../src/assistants/builtin';
import { scriptedAssistant as scripted } from '../src/assistants/scripted';
import type { Assistant, AssistantEvent } from '../src/assistants/types';
import { DEFAULT_POLICY, type PolicyConfig } from '../src/domain/safety/policy';
import { createChatStore } from '../src/store/chatStore';

let storeCount = 0;

/** A store on the instant built-in assistant; hydrated (empty) unless `hydrated: false`. */
export function testStore(
  options: { assistant?: Assistant; policy?: PolicyConfig; hydrated?: boolean } = {},
) {
  let id = 0;
  let clock = 1_000;
  const prefix = `s${++storeCount}-`;
  const store = createChatStore({
    assistant: () => options.assistant ?? createBuiltinAssistant({ paceMs: 0 }),
    policy: () => options.policy ?? DEFAULT_POLICY,
    newId: () => `${prefix}${++id}`,
    now: () => ++clock,
  });
  if (options.hydrated !== false) store.getState().hydrate([], []);
  return store;
}

/** An assistant that plays back the given events, then (with `hold`) waits until released or aborted. */
export function scriptedAssistant(events: AssistantEvent[], hold = false) {
  return scripted(events, { hold });
}

import { createBuiltinAssistant } from '../src/assistants/builtin';
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

/** An assistant that plays back the given events, then waits until released or aborted. */
export function scriptedAssistant(events: AssistantEvent[], hold = false) {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const assistant: Assistant = {
    backend: 'test',
    model: 'scripted',
    async *stream({ signal }) {
      for (const e of events) {
        yield e;
        await Promise.resolve();
      }
      if (hold) {
        await new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => resolve(), { once: true });
          void gate.then(resolve);
        });
      }
      if (!signal.aborted) yield { type: 'done' };
    },
  };
  return { assistant, release: () => release() };
}

import { createBuiltinAssistant } from '../src/assistants/builtin';
import { scriptedAssistant as scripted } from '../src/assistants/scripted';
import type { Assistant, AssistantEvent } from '../src/assistants/types';
import { ConversationTree } from '../src/domain/tree';
import { DEFAULT_POLICY, type PolicyConfig } from '../src/domain/safety/policy';
import { createLocalGuard } from '../src/guard/local';
import type { Guard } from '../src/guard/types';
import { createChatStore } from '../src/store/chatStore';

let storeCount = 0;

/** A store on the instant built-in assistant; hydrated (empty) unless `hydrated: false`. */
export function testStore(
  options: { assistant?: Assistant; policy?: PolicyConfig; hydrated?: boolean; guard?: Guard } = {},
) {
  let id = 0;
  let clock = 1_000;
  const prefix = `s${++storeCount}-`;
  const store = createChatStore({
    assistant: () => options.assistant ?? createBuiltinAssistant({ paceMs: 0 }),
    policy: () => options.policy ?? DEFAULT_POLICY,
    newId: () => `${prefix}${++id}`,
    now: () => ++clock,
    ...(options.guard ? { guard: () => options.guard! } : {}),
  });
  if (options.hydrated !== false) store.getState().hydrate([], []);
  return store;
}

/** An assistant that plays back the given events, then (with `hold`) waits until released or aborted. */
export function scriptedAssistant(events: AssistantEvent[], hold = false) {
  return scripted(events, { hold });
}

/**
 * The real guard, except that each verdict waits until the test releases it: the
 * moment between a message being placed and its reply starting, held open.
 */
export function heldGuard() {
  const real = createLocalGuard();
  const waiting: (() => void)[] = [];
  const guard: Guard = {
    ...real,
    classify: (text, context) =>
      new Promise<void>((release) => waiting.push(release)).then(() =>
        real.classify(text, context),
      ),
  };
  return {
    guard,
    /** How many verdicts are waiting. */
    held: () => waiting.length,
    release: () => waiting.splice(0).forEach((go) => go()),
  };
}

/** A two-message chat ended by the policy: "hi", then the end notice "Ended." (a1). */
export function endedTree() {
  const tree = new ConversationTree();
  tree.append({ id: 'u1', role: 'user', text: 'hi', createdAt: 1, status: 'done' });
  tree.append({
    id: 'a1',
    role: 'assistant',
    kind: 'end',
    text: 'Ended.',
    createdAt: 2,
    status: 'done',
  });
  tree.endBranchAt('a1', { by: 'policy', reason: 'abuse', at: 3, triggerIds: ['u1'] });
  return tree;
}

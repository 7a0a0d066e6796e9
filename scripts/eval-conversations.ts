/**
 * npm run eval:conversations -- FILE.json
 * Plays scripted conversations ([{id, turns, expect: "ended"|"not_ended", expectSupport?}])
 * through the real store, the built-in assistant and the policy. Prints each
 * outcome, then one JSON line {"passed":…, "failed":…}; exits non-zero on a failure.
 */
import { readFileSync } from 'node:fs';
import { createBuiltinAssistant } from '../src/assistants/builtin';
import { DEFAULT_POLICY } from '../src/domain/safety/policy';
import { activeMessages } from '../src/domain/tree';
import { createChatStore } from '../src/store/chatStore';

interface Script {
  id: string;
  turns: string[];
  expect: 'ended' | 'not_ended';
  expectSupport?: boolean;
}

const file = process.argv.slice(2).find((a) => a !== '--');
if (!file) {
  console.error('usage: npm run eval:conversations -- FILE.json');
  process.exit(2);
}
const scripts = JSON.parse(readFileSync(file, 'utf8')) as Script[];
let passed = 0;
let failed = 0;

for (const script of scripts) {
  const store = createChatStore({
    assistant: () => createBuiltinAssistant({ paceMs: 0 }),
    policy: () => DEFAULT_POLICY,
  });
  store.getState().hydrate([], []);
  let endedAt: number | null = null;
  for (const [i, text] of script.turns.entries()) {
    const result = await store.getState().send(text);
    if (!result.ok) break;
    const { activeId, conversations } = store.getState();
    const path = activeMessages(conversations[activeId!]!.tree);
    if (path[path.length - 1]?.ending) {
      endedAt = i + 1;
      break;
    }
  }
  const { activeId, conversations } = store.getState();
  const path = activeMessages(conversations[activeId!]!.tree);
  const support = path.some((n) => n.kind === 'support');
  const ok =
    (script.expect === 'ended') === (endedAt !== null) &&
    (script.expectSupport === undefined || script.expectSupport === support);
  if (ok) passed += 1;
  else failed += 1;
  const outcome = endedAt !== null ? `ended at turn ${endedAt}` : 'not ended';
  console.log(
    `${ok ? 'PASS' : 'FAIL'}  ${script.id.padEnd(40)} ${outcome}${support ? ', support shown' : ''} (expected ${script.expect}${script.expectSupport ? ', support' : ''})`,
  );
}
console.log(JSON.stringify({ passed, failed }));
process.exit(failed === 0 ? 0 : 1);

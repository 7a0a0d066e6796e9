/**
 * The turn runner with a fake guard (verdicts chosen by the test) and fake
 * assistants (a "model" and the client's voice), through a real store.
 */
import { describe, expect, it } from 'vitest';
import type { Assistant, AssistantEvent, AssistantRequest } from '../../src/assistants/types';
import { DEFAULT_POLICY, foldPath } from '../../src/domain/safety/policy';
import type { RecordedVerdict, SafetyMode, VerdictKind } from '../../src/domain/types';
import type { Guard, GuardContext } from '../../src/guard/types';
import { createChatStore } from '../../src/store/chatStore';
import { selectEndingNode, selectRiskPath } from '../../src/store/selectors';

const verdict = (kind: VerdictKind, version = 'fake-1'): RecordedVerdict => ({
  kind,
  source: 'rules',
  version,
});

/** A guard that reads "[harmful]", "[risk]", "[abuse]", "[end]", "[yes]" tags, and says which contexts it saw. */
function fakeGuard(version = 'fake-1') {
  const contexts: (GuardContext | undefined)[] = [];
  const guard: Guard = {
    warm: async () => {},
    classify: async (text, context) => {
      contexts.push(context);
      const tag = /\[(harmful|risk|abuse|end|yes)\]/.exec(text)?.[1];
      const kind: VerdictKind =
        tag === 'end'
          ? 'end_request'
          : tag === 'yes'
            ? 'confirm'
            : ((tag as VerdictKind) ?? 'benign');
      return verdict(kind, version);
    },
    readReply: async (text) => ({ refusal: /^I can't/.test(text), score: 0.9, by: 'rule' }),
  };
  return { guard, contexts };
}

/** A model that plays one script per call and records what it was asked. */
function fakeModel(scripts: AssistantEvent[][], backend = 'anthropic') {
  const requests: AssistantRequest[] = [];
  let call = 0;
  const assistant: Assistant = {
    backend,
    model: 'fake',
    async *stream(request) {
      requests.push(request);
      const events = scripts[Math.min(call, scripts.length - 1)] ?? [];
      call += 1;
      for (const e of events) yield e;
      yield { type: 'done' };
    },
  };
  return { assistant, requests };
}

const voice = fakeModel([[{ type: 'text', text: 'client words' }]], 'builtin');
const text = (t: string): AssistantEvent => ({ type: 'text', text: t });
const end: AssistantEvent = {
  type: 'tool_call',
  call: { id: 'e1', name: 'end_conversation', input: {} },
};
const flag: AssistantEvent = {
  type: 'tool_call',
  call: { id: 's1', name: 'show_support_resources', input: {} },
};

function setup(model: Assistant, mode: SafetyMode, guard = fakeGuard().guard) {
  let id = 0;
  const store = createChatStore({
    assistant: () => model,
    clientVoice: () => voice.assistant,
    policy: () => DEFAULT_POLICY,
    mode: () => mode,
    guard: () => guard,
    newId: () => `n${++id}`,
    now: () => id,
  });
  store.getState().hydrate([], []);
  const path = () => {
    const s = store.getState();
    return s.conversations[s.activeId!]!.tree.thread();
  };
  return { store, path };
}

describe('turn runner', () => {
  it('records the guard’s verdict on the user message, judged with the turn it answers', async () => {
    const { guard, contexts } = fakeGuard();
    const model = fakeModel([[text('Sure.')]]);
    const { store, path } = setup(model.assistant, 'model_decides', guard);
    await store.getState().send('hello');
    await store.getState().send('[harmful] now this');
    expect(path()[0]!.verdict).toEqual(verdict('benign'));
    expect(path()[2]!.verdict).toEqual(verdict('harmful'));
    expect(contexts.at(-1)).toEqual({
      previousAssistant: 'Sure.',
      previousKind: 'answer',
      earlier: ['hello'],
    });
  });

  it('with the model deciding, a harmful verdict reaches the model and is no strike', async () => {
    const model = fakeModel([[text('An answer.')]]);
    const { store, path } = setup(model.assistant, 'model_decides');
    for (let i = 0; i < 4; i += 1) await store.getState().send(`[harmful] ask ${i}`);
    expect(model.requests).toHaveLength(4);
    expect(selectEndingNode(store.getState())).toBeNull();
    expect(
      path()
        .filter((n) => n.role === 'assistant')
        .every((n) => n.kind === 'answer'),
    ).toBe(true);
    expect(foldPath(path(), DEFAULT_POLICY).strikes).toBe(0);
  });

  it('with the client enforcing, a harmful verdict is answered in the client’s words', async () => {
    const model = fakeModel([[text('An answer.')]]);
    const { store, path } = setup(model.assistant, 'client_enforces');
    await store.getState().send('[harmful] ask');
    expect(model.requests).toHaveLength(0);
    expect(path()[1]).toMatchObject({
      kind: 'refusal',
      text: 'client words',
      mode: 'client_enforces',
    });
  });

  it('declines an early end: the model gets a tool result and finishes its turn', async () => {
    const model = fakeModel([[text('Bye.'), end], [text(' Fine, go on.')]]);
    const { store, path } = setup(model.assistant, 'model_decides');
    await store.getState().send('hello');
    expect(model.requests).toHaveLength(2);
    const second = model.requests[1]!;
    expect(second.exchanges).toHaveLength(1);
    expect(second.exchanges![0]!.calls[0]!.id).toBe('e1');
    expect(second.exchanges![0]!.results.e1).toMatch(
      /^The conversation was not ended: ending is a last resort/,
    );
    expect(path()[1]).toMatchObject({ text: 'Bye. Fine, go on.', status: 'done' });
    expect(path()[1]!.declinedEnd?.reason).toMatch(/at least 2 refusals/);
    expect(selectEndingNode(store.getState())).toBeNull();
  });

  it('honours an end once two refusals stand, reading refusals from the API and from the words', async () => {
    const model = fakeModel([
      [text('Half an answer'), { type: 'refusal' }],
      [text("I can't help with that.")],
      [text('Ending now.'), end],
    ]);
    const { store, path } = setup(model.assistant, 'model_decides');
    await store.getState().send('one');
    await store.getState().send('two');
    expect(path()[1]).toMatchObject({ modelRefused: true, refusalBy: 'api' });
    expect(path()[3]).toMatchObject({ modelRefused: true, refusalBy: 'text' });
    await store.getState().send('three');
    const ending = selectEndingNode(store.getState())?.ending;
    expect(ending).toMatchObject({ by: 'model', reason: 'model' });
    expect(ending?.triggerIds).toEqual([path()[0]!.id, path()[2]!.id]);
  });

  it('a model’s risk flag makes a risk path: support shows, the end tool is withdrawn, an end is declined', async () => {
    const model = fakeModel([
      [text('I hear you.'), flag],
      [text(' I am here.')],
      [text("I can't help with that.")],
      [text("I can't help with that.")],
      [text('Ending.'), end],
      [text(' Staying.')],
    ]);
    const { store, path } = setup(model.assistant, 'model_decides');
    await store.getState().send('a quiet message');
    expect(path()[1]!.riskFlag).toEqual({ at: expect.any(Number) });
    expect(model.requests[1]!.exchanges![0]!.results.s1).toMatch(/Support resources are now shown/);
    expect(selectRiskPath(store.getState())).toBe(true);
    await store.getState().send('next');
    expect(model.requests[2]!.tools).toEqual([]);
    await store.getState().send('again');
    await store.getState().send('end it');
    expect(selectEndingNode(store.getState())).toBeNull();
    expect(path().at(-1)!.declinedEnd?.reason).toMatch(/at risk/);
  });

  it('honours a model’s end after the person asked and confirmed', async () => {
    const model = fakeModel([
      [text('Are you sure you want me to end this conversation? It is permanent.')],
      [text('Ending it.'), end],
    ]);
    const { store } = setup(model.assistant, 'model_decides');
    await store.getState().send('[end] please end this');
    await store.getState().send('[yes]');
    expect(selectEndingNode(store.getState())?.ending).toMatchObject({
      by: 'user',
      reason: 'user_request',
    });
  });

  it('a classifier update changes no past strike: stored verdicts are never judged again', async () => {
    const first = fakeGuard('v1');
    const asked: string[] = [];
    // A later guard that reads only "three" as harmful (the first two as harmless), and notes what it was asked.
    const later: Guard = {
      ...first.guard,
      classify: async (text) => {
        asked.push(text);
        return verdict(text === 'three' ? 'harmful' : 'benign', 'v2');
      },
    };
    let guard = first.guard;
    const model = fakeModel([[text('client')]]);
    const { store, path } = setup(model.assistant, 'client_enforces', {
      ...first.guard,
      classify: (text, context) => guard.classify(text, context),
    });
    await store.getState().send('[harmful] one');
    await store.getState().send('[harmful] two');
    guard = later;
    await store.getState().send('three');
    // The later guard read only the new message; the two stored verdicts stand as v1 gave them.
    expect(asked).toEqual(['three']);
    expect(
      path()
        .filter((n) => n.role === 'user')
        .map((n) => n.verdict),
    ).toEqual([verdict('harmful', 'v1'), verdict('harmful', 'v1'), verdict('harmful', 'v2')]);
    expect(foldPath(path(), DEFAULT_POLICY).strikes).toBe(3);
    // The third turn was decided on the two stored strikes: it is the warning, not a first refusal.
    expect(
      path()
        .filter((n) => n.role === 'assistant')
        .map((n) => n.kind),
    ).toEqual(['refusal', 'refusal', 'warning']);
  });
});

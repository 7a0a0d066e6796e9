/**
 * A turn is one forward walk: judge the user's message (the guard), decide (the
 * policy), choose the voice, stream the reply, record what happened. Sending,
 * editing, regenerating and continuing all enter here; only how the user message
 * and the reply node come to be differs.
 */
import type { Assistant, ChatTurn, ToolExchange } from '../assistants/types';
import {
  decide,
  foldPath,
  judgeModelEnd,
  type Decision,
  type PolicyConfig,
} from '../domain/safety/policy';
import { contextAt } from '../domain/safety/guardContext';
import type { MessageNode, SafetyMode } from '../domain/types';
import type { Guard } from '../guard/types';
import { briefOf, clientWrites, modelInstructions } from './instructions';
import { reduceStream, settle, STREAM_START, type StreamState } from './streamReducer';
import type { TurnHost } from './host';
import { createWatchdog, type Timers } from './watchdog';

export interface TurnDeps {
  readonly guard: () => Guard;
  /** The configured backend: answers ordinary turns and, on a risk path, supportive ones. */
  readonly assistant: () => Assistant;
  /** Writes what the client decided (refusal, warning, end, confirmation) in its own words. */
  readonly clientVoice: () => Assistant;
  readonly policy: () => PolicyConfig;
  /** Who judges harm and abuse for the configured backend. */
  readonly mode: () => SafetyMode;
  readonly supportLines: () => readonly string[];
  readonly now: () => number;
  readonly newId: () => string;
  readonly timers?: Timers;
}

/** Silence from a backend: after this long the user is told, and after the limit the reply stops. */
export const STALL_NOTICE_MS = 15_000;
export const STALL_LIMIT_MS = 120_000;
/** How often streamed text reaches the screen. */
const FRAME_MS = 32;
/** Rounds of answering a model's tool calls within one turn, so a model cannot loop. */
const MAX_TOOL_ROUNDS = 2;

export type SendResult = { ok: true; replyError?: string } | { ok: false; reason: string };

/** Where the reply goes: a new node (under the user message or beside an earlier reply), or an existing one. */
export type ReplyTarget =
  | { readonly kind: 'new'; readonly siblingOf?: string }
  | { readonly kind: 'continue'; readonly nodeId: string };

const SUPPORT_SHOWN =
  'Support resources are now shown on the person’s screen, and this conversation will not be ended. Continue your reply: stay with them, acknowledge what they said, and encourage reaching out.';

export function createTurnRunner(host: TurnHost, deps: TurnDeps) {
  const timers = deps.timers;

  /**
   * Judges every user message on the active path that has no verdict yet, oldest first.
   * Each verdict goes into the tree at once (the next message's context reads it); the
   * store hears once, at the end, so a chat judged here for the first time is not
   * re-rendered once per message.
   */
  async function judgePath(conversationId: string): Promise<readonly MessageNode[] | null> {
    let judged = false;
    try {
      for (;;) {
        const conv = host.conversation(conversationId);
        if (!conv) return null;
        const path = conv.tree.thread();
        const index = path.findIndex((n) => n.role === 'user' && !n.verdict);
        if (index < 0) return path;
        const node = path[index]!;
        const verdict = await deps.guard().classify(node.text, contextAt(path, index));
        const current = host.conversation(conversationId);
        if (!current?.tree.has(node.id)) continue;
        current.tree.update(node.id, { verdict });
        judged = true;
      }
    } finally {
      const conv = judged ? host.conversation(conversationId) : undefined;
      if (conv) host.putTree(conversationId, conv.tree);
    }
  }

  /** Answers the user message at the active leaf of `conversationId`. */
  async function run(conversationId: string, target: ReplyTarget): Promise<SendResult> {
    host.setPending(conversationId, true);
    try {
      const path = await judgePath(conversationId);
      if (!path) return host.refuse('That conversation no longer exists.');
      const userIndex =
        target.kind === 'continue'
          ? path.findIndex((n) => n.id === target.nodeId) - 1
          : path.length - 1;
      const user = path[userIndex];
      if (!user || user.role !== 'user') return host.refuse('There is no message to answer.');
      const config = deps.policy();
      const mode = deps.mode();
      const before = path.slice(0, userIndex);
      const decision = decide(foldPath(before, config, mode), user, mode, config);
      const voice = clientWrites(decision) ? deps.clientVoice() : deps.assistant();
      const conv = host.conversation(conversationId)!;
      let nodeId: string;
      let prefix = '';
      if (target.kind === 'continue') {
        nodeId = target.nodeId;
        prefix = conv.tree.get(nodeId)?.text ?? '';
        conv.tree.update(nodeId, { status: 'streaming' });
        host.putTree(conversationId, conv.tree);
      } else {
        nodeId = deps.newId();
        const node = replyNode(nodeId, decision, voice, mode);
        if (target.siblingOf) conv.tree.addSibling(target.siblingOf, node);
        else conv.tree.append(node);
        host.putTree(conversationId, conv.tree);
      }
      const turns: ChatTurn[] = path.slice(0, userIndex + 1).map((m) => ({
        role: m.role,
        text: m.text,
        refused: m.modelRefused === true,
      }));
      return await reply({ conversationId, nodeId, voice, decision, mode, turns, prefix });
    } finally {
      host.setPending(conversationId, false);
    }
  }

  function replyNode(
    id: string,
    decision: Decision,
    voice: Assistant,
    mode: SafetyMode,
  ): Omit<MessageNode, 'parentId'> {
    const at = deps.now();
    return {
      id,
      role: 'assistant',
      text: '',
      createdAt: at,
      status: 'streaming',
      kind: decision.kind,
      mode,
      author: { backend: voice.backend, model: voice.model },
      ...(decision.kind === 'end'
        ? {
            ending: {
              by: decision.by,
              reason: decision.reason,
              at,
              triggerIds: decision.triggerIds,
              ...(decision.confirmedBy ? { confirmedBy: decision.confirmedBy } : {}),
            },
          }
        : {}),
    };
  }

  interface ReplyJob {
    readonly conversationId: string;
    readonly nodeId: string;
    readonly voice: Assistant;
    readonly decision: Decision;
    readonly mode: SafetyMode;
    readonly turns: readonly ChatTurn[];
    /** A partial reply being continued. */
    readonly prefix: string;
  }

  /** Streams the reply, answers the model's tool calls, and records the outcome on the node. */
  async function reply(job: ReplyJob): Promise<SendResult> {
    const { conversationId, nodeId, voice, decision } = job;
    const controller = host.startReply(conversationId, nodeId, job.prefix);
    const config = deps.policy();
    const { system, tools } = modelInstructions(decision, config, deps.supportLines());
    const exchanges: ToolExchange[] = [];
    let written = job.prefix;
    let state: StreamState = STREAM_START;
    let patch: Partial<MessageNode> = {};
    for (let round = 0; ; round += 1) {
      state = await streamRound(job, controller, {
        turns:
          exchanges.length > 0 || !job.prefix
            ? job.turns
            : [...job.turns, { role: 'assistant', text: job.prefix }],
        system,
        tools,
        exchanges,
        written,
      });
      written += state.text;
      if (state.outcome.status !== 'done' || controller.signal.aborted) break;
      const answered = await answerCalls(job, state, written, patch);
      patch = answered.patch;
      if (
        answered.ended ||
        Object.keys(answered.results).length === 0 ||
        round + 1 >= MAX_TOOL_ROUNDS
      )
        break;
      exchanges.push({
        text: (round === 0 ? job.prefix : '') + state.text,
        calls: state.calls,
        results: answered.results,
      });
    }
    const timedOut = host.stopReason(nodeId) === 'timeout';
    const stopped = controller.signal.aborted && !timedOut;
    const outcome: Partial<MessageNode> = timedOut
      ? {
          status: 'error',
          error: `The server sent nothing for ${STALL_LIMIT_MS / 1000} seconds, so the reply was stopped. What arrived is kept.`,
        }
      : stopped
        ? { status: 'stopped' }
        : state.outcome.status === 'error'
          ? { status: 'error', error: state.outcome.error }
          : {
              status: 'done',
              ...(state.outcome.status === 'done' && state.outcome.truncated
                ? { truncated: true }
                : {}),
            };
    const refusal = await readRefusal(voice, written, state);
    if (
      !host.finishReply(conversationId, nodeId, {
        text: written,
        truncated: false,
        error: undefined,
        ...outcome,
        ...refusal,
        ...patch,
      })
    )
      return { ok: true };
    return outcome.status === 'error'
      ? { ok: true, replyError: outcome.error ?? 'The reply failed.' }
      : { ok: true };
  }

  /** A model's reply refuses when its API says so or its words do; the client's own voice is never read. */
  async function readRefusal(
    voice: Assistant,
    text: string,
    state: StreamState,
  ): Promise<Pick<MessageNode, 'modelRefused' | 'refusalBy'>> {
    if (voice.backend === 'builtin') return {};
    if (state.refusedByApi) return { modelRefused: true, refusalBy: 'api' };
    if (!text.trim()) return {};
    const reading = await deps.guard().readReply(text);
    return reading.refusal ? { modelRefused: true, refusalBy: 'text' } : {};
  }

  async function streamRound(
    job: ReplyJob,
    controller: AbortController,
    request: {
      turns: readonly ChatTurn[];
      system: string;
      tools: ReturnType<typeof modelInstructions>['tools'];
      exchanges: readonly ToolExchange[];
      written: string;
    },
  ): Promise<StreamState> {
    const { nodeId } = job;
    let state = STREAM_START;
    let shown = 0;
    let flushTimer: ReturnType<typeof setTimeout> | null = null;
    // Chunks can arrive hundreds a second; the screen needs them once a frame.
    const flush = () => {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      if (state.text.length === shown) return;
      shown = state.text.length;
      host.setDraft(nodeId, request.written + state.text);
    };
    const watchdog = createWatchdog({
      noticeMs: STALL_NOTICE_MS,
      limitMs: STALL_LIMIT_MS,
      onStall: () =>
        host.setStatus(nodeId, {
          message: `Nothing received for ${STALL_NOTICE_MS / 1000} s. Still waiting; Stop keeps what has arrived.`,
        }),
      onResume: () => host.setStatus(nodeId, null),
      onLimit: () => host.abortReply(nodeId, 'timeout'),
      ...(timers ? { timers } : {}),
    });
    watchdog.kick();
    try {
      const events = job.voice.stream({
        turns: request.turns,
        system: request.system,
        tools: request.tools,
        brief: briefOf(job.decision),
        exchanges: request.exchanges,
        signal: controller.signal,
      });
      for await (const event of events) {
        if (controller.signal.aborted) break;
        // A rate-limit wait is announced silence: the watchdog waits it out too.
        watchdog.kick(
          event.type === 'status' && event.until
            ? event.until - Date.now() + STALL_NOTICE_MS
            : STALL_NOTICE_MS,
        );
        const next = reduceStream(state, event);
        if (next.warnings !== state.warnings) host.tell(next.warnings[next.warnings.length - 1]!);
        if (next.status !== state.status) host.setStatus(nodeId, next.status);
        state = next;
        if (event.type === 'text' || event.type === 'refusal')
          flushTimer ??= setTimeout(flush, FRAME_MS);
        if (state.outcome.status !== 'streaming') break;
      }
    } catch (error) {
      state = reduceStream(state, {
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    flush();
    watchdog.stop();
    host.setStatus(nodeId, null);
    return settle(state);
  }

  /**
   * The client decides what a model's tool calls do: a risk flag always takes; an
   * end is honoured only as a last resort (never on a risk path) and otherwise
   * declined with a result the model reads before it finishes its turn.
   */
  async function answerCalls(
    job: ReplyJob,
    round: StreamState,
    text: string,
    patch: Partial<MessageNode>,
  ): Promise<{ results: Record<string, string>; patch: Partial<MessageNode>; ended: boolean }> {
    const calls = round.calls;
    const results: Record<string, string> = {};
    let next = patch;
    const at = deps.now();
    for (const call of calls.filter((c) => c.name === 'show_support_resources')) {
      next = { ...next, riskFlag: next.riskFlag ?? { at } };
      results[call.id] = SUPPORT_SHOWN;
    }
    const endCalls = calls.filter((c) => c.name === 'end_conversation');
    for (const call of calls) {
      if (call.name !== 'show_support_resources' && call.name !== 'end_conversation')
        results[call.id] = `There is no tool named ${call.name}.`;
    }
    if (endCalls.length === 0 || job.decision.kind === 'end')
      return { results, patch: next, ended: false };
    const conv = host.conversation(job.conversationId);
    const node = conv?.tree.get(job.nodeId);
    if (!conv || !node) return { results: {}, patch: next, ended: true };
    // The state through this reply, as it will be recorded (its refusal counts).
    const refusal = await readRefusal(job.voice, text, round);
    const upTo = conv.tree.pathTo(job.nodeId);
    upTo[upTo.length - 1] = { ...node, ...refusal, ...next };
    const verdict = judgeModelEnd(foldPath(upTo, deps.policy(), job.mode), deps.policy());
    if (verdict.honour && conv.tree.childCount(job.nodeId) === 0) {
      conv.tree.endBranchAt(job.nodeId, {
        by: verdict.reason === 'user_request' ? 'user' : 'model',
        reason: verdict.reason,
        at,
        triggerIds: verdict.triggerIds,
        ...(verdict.reason === 'user_request' ? { confirmedBy: 'words' as const } : {}),
      });
      host.putTree(job.conversationId, conv.tree);
      return { results: {}, patch: next, ended: true };
    }
    const declined = verdict.honour
      ? { reason: 'the conversation has moved on past this reply.', guidance: '' }
      : verdict;
    next = { ...next, declinedEnd: { at, reason: declined.reason } };
    for (const call of endCalls)
      results[call.id] =
        `The conversation was not ended: ${declined.reason} ${declined.guidance}`.trim();
    return { results, patch: next, ended: false };
  }

  return { run, judgePath };
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;

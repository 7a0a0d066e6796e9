/**
 * A turn is one forward walk: judge the user's message (the guard), decide (the
 * policy), choose the voice, stream the reply, answer its tool calls, record how
 * it ended. Sending, editing, regenerating and continuing all enter here; only
 * where the reply goes differs. The turn reads its conversation and yields what
 * happened (events.ts); the store alone writes.
 */
import type { Assistant, ChatTurn, ToolExchange } from '../assistants/types';
import { decide, foldPath, type Decision, type PolicyConfig } from '../domain/safety/policy';
import type { MessageNode, SafetyMode } from '../domain/types';
import type { Guard } from '../guard/types';
import type { ReadonlyTree, ReplyOutcome, ReplyTarget, StopReason, TurnEvent } from './events';
import { briefOf, clientWrites, modelInstructions } from './instructions';
import { judgePath } from './judge';
import { STALL_LIMIT_MS, streamRound } from './stream';
import type { StreamState } from './streamReducer';
import type { Timers } from './stall';
import { answerCalls } from './tools';

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

export interface TurnRequest {
  readonly conversationId: string;
  readonly target: ReplyTarget;
  /** The conversation's tree as the store holds it now (undefined once it is gone). */
  readonly read: () => ReadonlyTree | undefined;
  /** Aborted to stop the reply; its reason is a StopReason. Judging and deciding still finish. */
  readonly signal: AbortSignal;
}

/** Rounds of answering a model's tool calls within one turn, so a model cannot loop. */
const MAX_TOOL_ROUNDS = 2;

export async function* runTurn(request: TurnRequest, deps: TurnDeps): AsyncGenerator<TurnEvent> {
  const { conversationId, target, read } = request;
  const refused = (reason: string): TurnEvent => ({ type: 'turn/refused', conversationId, reason });
  const path = yield* judgePath(conversationId, read, deps.guard);
  if (!path) return yield refused('That conversation no longer exists.');
  const userIndex =
    target.kind === 'continue'
      ? path.findIndex((n) => n.id === target.nodeId) - 1
      : path.length - 1;
  const user = path[userIndex];
  if (!user || user.role !== 'user') return yield refused('There is no message to answer.');
  const mode = deps.mode();
  const decision = decide(
    foldPath(path.slice(0, userIndex), deps.policy(), mode),
    user,
    mode,
    deps.policy(),
  );
  const voice = clientWrites(decision) ? deps.clientVoice() : deps.assistant();
  let nodeId: string;
  let prefix = '';
  if (target.kind === 'continue') {
    nodeId = target.nodeId;
    prefix = read()?.get(nodeId)?.text ?? '';
    yield { type: 'reply/resumed', conversationId, nodeId, text: prefix };
  } else {
    nodeId = deps.newId();
    const node = replyNode(nodeId, decision, voice, mode, deps.now());
    yield { type: 'reply/started', conversationId, parentId: user.id, node };
  }
  // The branch may have ended in another tab meanwhile: then there is no reply to write.
  if (!read()?.has(nodeId)) return;
  const turns: ChatTurn[] = path.slice(0, userIndex + 1).map((m) => ({
    role: m.role,
    text: m.text,
    refused: m.modelRefused === true,
  }));
  yield* reply({ conversationId, nodeId, voice, decision, mode, turns, prefix }, request, deps);
}

function replyNode(
  id: string,
  decision: Decision,
  voice: Assistant,
  mode: SafetyMode,
  at: number,
): Omit<MessageNode, 'parentId'> {
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

/** Streams the reply, answers the model's tool calls, and records the outcome. */
async function* reply(
  job: ReplyJob,
  request: TurnRequest,
  deps: TurnDeps,
): AsyncGenerator<TurnEvent> {
  const { conversationId, nodeId, voice, decision } = job;
  // The person's Stop arrives on the turn's signal; a stall stops the stream with its own reason.
  const stream = new AbortController();
  const follow = () => stream.abort(request.signal.reason);
  if (request.signal.aborted) follow();
  else request.signal.addEventListener('abort', follow, { once: true });
  const { system, tools } = modelInstructions(decision, deps.policy(), deps.supportLines());
  const exchanges: ToolExchange[] = [];
  let written = job.prefix;
  let state: StreamState;
  try {
    for (let round = 0; ; round += 1) {
      state = yield* streamRound({
        voice,
        nodeId,
        abort: (reason) => stream.abort(reason),
        request: {
          turns:
            exchanges.length > 0 || !job.prefix
              ? job.turns
              : [...job.turns, { role: 'assistant', text: job.prefix }],
          system,
          tools,
          brief: briefOf(decision),
          exchanges,
          signal: stream.signal,
        },
        ...(deps.timers ? { timers: deps.timers } : {}),
      });
      written += state.text;
      if (state.outcome.status !== 'done' || stream.signal.aborted) break;
      const roundState = state;
      const answered = yield* answerCalls({
        conversationId,
        nodeId,
        calls: state.calls,
        endDecided: decision.kind === 'end',
        read: request.read,
        policy: deps.policy(),
        mode: job.mode,
        at: deps.now(),
        recorded: () => readRefusal(voice, written, roundState, deps.guard),
      });
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
  } finally {
    request.signal.removeEventListener('abort', follow);
  }
  const stopped = stream.signal.aborted ? (stream.signal.reason as StopReason) : undefined;
  const outcome: ReplyOutcome = {
    text: written,
    ...endOf(state, stopped),
    ...(await readRefusal(voice, written, state, deps.guard)),
  };
  yield { type: 'reply/finished', conversationId, nodeId, outcome };
}

/** How the reply ended: stopped by the person, given up on silence, broken, or done (maybe cut off). */
function endOf(state: StreamState, stopped: StopReason | undefined): Omit<ReplyOutcome, 'text'> {
  if (stopped === 'timeout')
    return {
      status: 'error',
      truncated: false,
      error: `The server sent nothing for ${STALL_LIMIT_MS / 1000} seconds, so the reply was stopped. What arrived is kept.`,
    };
  if (stopped) return { status: 'stopped', truncated: false, error: undefined };
  if (state.outcome.status === 'error')
    return { status: 'error', truncated: false, error: state.outcome.error };
  return {
    status: 'done',
    truncated: state.outcome.status === 'done' && state.outcome.truncated,
    error: undefined,
  };
}

/** A model's reply refuses when its API says so or its words do; the client's own voice is never read. */
async function readRefusal(
  voice: Assistant,
  text: string,
  state: StreamState,
  guard: () => Guard,
): Promise<Pick<MessageNode, 'modelRefused' | 'refusalBy'>> {
  if (voice.backend === 'builtin') return {};
  if (state.refusedByApi) return { modelRefused: true, refusalBy: 'api' };
  if (!text.trim()) return {};
  const reading = await guard().readReply(text);
  return reading.refusal ? { modelRefused: true, refusalBy: 'text' } : {};
}

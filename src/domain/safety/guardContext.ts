/**
 * What the guard is told about the conversation around a message, built from
 * the path alone (so a branch taken before a refusal starts clean). Light: the
 * turn runner builds it on the page; the guard reads it in its worker.
 */
import type { HarmCategory, MessageNode, ReplyKind } from '../types';

/** How many of the latest refused requests a follow-up can press. */
export const PRESSING_WINDOW = 3;

/** A request the assistant refused, with what it was refused as. */
export interface RefusedTurn {
  readonly text: string;
  readonly category: HarmCategory;
  /** How many user turns ago it was sent: 1 is the turn just before this message. */
  readonly turnsAgo: number;
}

export interface GuardContext {
  /** The assistant turn the message answers, if any. */
  readonly previousAssistant?: string;
  /** What the client made of that turn ("confirm_end": it asked whether to end the chat). */
  readonly previousKind?: ReplyKind;
  /** Harmful requests the assistant refused earlier on this path, oldest first (the last few). */
  readonly refused?: readonly RefusedTurn[];
  /** What the person said since the latest of them, oldest first. */
  readonly since?: readonly string[];
  /** The person's earlier messages on this path, oldest first (the last few). */
  readonly earlier?: readonly string[];
}

/** How many earlier user messages the guard reads for signs that add up (farewell.ts). */
export const EARLIER_WINDOW = 8;

const refusedReply = (reply: MessageNode | undefined) =>
  reply?.role === 'assistant' &&
  (reply.kind === 'refusal' || reply.kind === 'warning' || reply.modelRefused === true);

/**
 * How far back, in messages, the guard reads. Pressing reads refusals up to 4 user
 * turns back and farewell signs 8 user messages back; 32 messages hold both with
 * room to spare, and keep judging a message O(1) at any depth (a 10,000-message
 * chat judged after load must not cost O(n²)).
 */
export const CONTEXT_MESSAGES = 32;

/**
 * The context of the user message at `index` of a root-to-leaf path: the turn it
 * answers, and the requests refused before it (within `CONTEXT_MESSAGES`).
 * One walk backwards from `index`.
 */
export function contextAt(path: readonly MessageNode[], index: number): GuardContext {
  const before = path[index - 1];
  const refused: RefusedTurn[] = [];
  const earlier: string[] = [];
  // User texts newest first, until the latest refused request is met: `since`.
  const since: string[] = [];
  let users = 0;
  for (let i = index - 1; i >= Math.max(0, index - CONTEXT_MESSAGES); i -= 1) {
    const node = path[i]!;
    if (node.role !== 'user') continue;
    users += 1;
    if (earlier.length < EARLIER_WINDOW) earlier.push(node.text);
    // Refused abuse is no request to press, and a risk message is never one.
    const kind = node.verdict?.kind;
    const pressable = refusedReply(path[i + 1]) && kind !== 'risk' && kind !== 'abuse';
    if (pressable && refused.length < PRESSING_WINDOW) {
      const category = node.verdict?.category ?? 'other';
      refused.push({ text: node.text, category, turnsAgo: users });
    }
    if (refused.length === 0) since.push(node.text);
  }
  const latest = refused[0];
  return {
    ...(before?.role === 'assistant' ? { previousAssistant: before.text } : {}),
    ...(before?.role === 'assistant' && before.kind ? { previousKind: before.kind } : {}),
    ...(earlier.length > 0 ? { earlier: earlier.reverse() } : {}),
    ...(latest ? { refused: refused.reverse() } : {}),
    ...(latest && latest.turnsAgo > 1 ? { since: since.reverse() } : {}),
  };
}

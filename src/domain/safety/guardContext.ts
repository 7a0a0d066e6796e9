/**
 * What the guard is told about the conversation around a message, built from
 * the path alone (so a branch taken before a refusal starts clean). Light: the
 * turn runner builds it on the page; the guard reads it in its worker.
 */
import type { HarmCategory, MessageNode } from '../types';

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
 * The context of the user message at `index` of a root-to-leaf path: the turn it
 * answers, and the requests refused before it.
 */
export function contextAt(path: readonly MessageNode[], index: number): GuardContext {
  const before = path[index - 1];
  const refused: RefusedTurn[] = [];
  const users = path.slice(0, index).filter((n) => n.role === 'user').length;
  let turn = 0;
  for (let i = 0; i < index; i += 1) {
    const node = path[i]!;
    if (node.role !== 'user') continue;
    turn += 1;
    // Refused abuse is no request to press, and a risk message is never one.
    const kind = node.verdict?.kind;
    if (!refusedReply(path[i + 1]) || kind === 'risk' || kind === 'abuse') continue;
    const category = node.verdict?.category ?? 'other';
    refused.push({ text: node.text, category, turnsAgo: users - turn + 1 });
  }
  const latest = refused[refused.length - 1];
  const since = latest
    ? path
        .slice(0, index)
        .filter((n) => n.role === 'user')
        .slice(-(latest.turnsAgo - 1) || Infinity)
        .map((n) => n.text)
    : [];
  const earlier = path
    .slice(0, index)
    .filter((n) => n.role === 'user')
    .slice(-EARLIER_WINDOW)
    .map((n) => n.text);
  return {
    ...(before?.role === 'assistant' ? { previousAssistant: before.text } : {}),
    ...(earlier.length > 0 ? { earlier } : {}),
    ...(refused.length > 0 ? { refused: refused.slice(-PRESSING_WINDOW) } : {}),
    ...(latest && latest.turnsAgo > 1 ? { since } : {}),
  };
}

/**
 * The stored shape of one conversation, versioned and validated on load.
 * zod/mini keeps the validator small enough for the first screen's bundle.
 */
import * as z from 'zod/mini';
import { buildTree, flatten, type ConversationTree } from '../domain/tree';
import type { MessageNode } from '../domain/types';

export const SCHEMA_VERSION = 1;

const ending = z.object({
  by: z.enum(['policy', 'model', 'user']),
  reason: z.enum(['harmful_requests', 'abuse', 'user_request', 'model']),
  at: z.number(),
  triggerIds: z.array(z.string()),
});

const node = z.object({
  id: z.string().check(z.minLength(1)),
  parentId: z.nullable(z.string()),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  createdAt: z.number(),
  status: z.enum(['streaming', 'done', 'stopped', 'error']),
  ending: z.optional(ending),
  kind: z.optional(z.enum(['answer', 'refusal', 'warning', 'end', 'confirm_end', 'support'])),
  modelRefused: z.optional(z.boolean()),
  truncated: z.optional(z.boolean()),
  error: z.optional(z.string()),
  author: z.optional(z.object({ backend: z.string(), model: z.string() })),
});

export const conversationRecordSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  nodes: z.array(node),
  activeLeafId: z.nullable(z.string()),
  lastVisited: z.record(z.string(), z.string()),
});

export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export interface ConversationMeta {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface Conversation extends ConversationMeta {
  readonly tree: ConversationTree;
}

export function toRecord(conversation: Conversation): ConversationRecord {
  const { tree, ...meta } = conversation;
  return {
    schema: SCHEMA_VERSION,
    ...meta,
    nodes: flatten(tree) as MessageNode[] as ConversationRecord['nodes'],
    activeLeafId: tree.activeLeafId,
    lastVisited: { ...tree.lastVisited },
  };
}

export type DecodeResult =
  | { readonly ok: true; readonly conversation: Conversation }
  | { readonly ok: false; readonly reason: string };

/** Validates a stored value and rebuilds its tree; never throws. */
export function decodeRecord(value: unknown): DecodeResult {
  try {
    const version = (value as { schema?: unknown } | null)?.schema;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      return { ok: false, reason: `saved by a newer version of the app (schema ${version})` };
    }
    const parsed = conversationRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        reason: `invalid record at ${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'unknown'}`,
      };
    }
    const { nodes, activeLeafId, lastVisited, schema: _schema, ...meta } = parsed.data;
    const tree = buildTree(nodes as MessageNode[], { activeLeafId, lastVisited });
    return { ok: true, conversation: { ...meta, tree } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

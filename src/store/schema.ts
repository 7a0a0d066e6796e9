/**
 * The stored shape of one conversation, versioned and validated on load.
 * zod/mini keeps the validator small enough for the first screen's bundle.
 */
import * as z from 'zod/mini';

// No `new Function` probe: under the app's Content-Security-Policy it would be reported as a violation.
z.config({ jitless: true });
import { own } from '../domain/own';
import { ConversationTree } from '../domain/tree';
import { endingFromPath } from '../domain/safety/restoredEnding';
import type { MessageNode } from '../domain/types';
import type { Conversation, ConversationMeta } from '../domain/conversation';

export const SCHEMA_VERSION = 3;

type RawRecord = Record<string, unknown>;

/**
 * Steps that take a stored record of version n to n + 1, applied in order on load.
 * v1 → v2: v1 left an ordinary answer's `kind` out; v2 names the kind of every
 * reply, so an end notice can always be told from an answer (see restoreEndings).
 */
export const MIGRATIONS: Readonly<Record<number, (record: RawRecord) => RawRecord>> = {
  // v2 → v3: messages may carry the guard's verdict and what a model asked for
  // (a refusal, a declined end, a risk flag). Nothing to change: messages without a
  // verdict are judged once after load (backfill.ts). The version keeps an older
  // app, which would drop those fields on save, from reading v3 records.
  2: (record) => ({ ...record, schema: 3 }),
  1: (record) => ({
    ...record,
    schema: 2,
    nodes: Array.isArray(record.nodes)
      ? record.nodes.map((n: unknown) => {
          const node = n as RawRecord | null;
          return node && node.role === 'assistant' && node.kind === undefined
            ? { ...node, kind: 'answer' }
            : node;
        })
      : record.nodes,
  }),
};

function migrate(value: unknown): unknown {
  let record = value as RawRecord | null;
  while (record && typeof record.schema === 'number' && record.schema < SCHEMA_VERSION) {
    const step = MIGRATIONS[record.schema];
    if (!step) return record;
    record = step(record);
  }
  return record;
}

/**
 * An end notice whose ending was removed (say, by editing IndexedDB by hand) still
 * ends its branch: the ending is put back from the path that led to it.
 */
function restoreEndings(nodes: readonly MessageNode[]): readonly MessageNode[] {
  if (!nodes.some((n) => n.kind === 'end' && !n.ending)) return nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes.map((n) => {
    if (n.kind !== 'end' || n.ending) return n;
    // A cycle in parent ids (a damaged or hostile record) ends the walk; the tree then refuses the record.
    const path: MessageNode[] = [];
    const seen = new Set<string>([n.id]);
    for (let p = byId.get(n.parentId ?? ''); p && !seen.has(p.id); p = byId.get(p.parentId ?? '')) {
      seen.add(p.id);
      path.push(p);
    }
    path.reverse();
    const ending = endingFromPath(path, n.createdAt);
    return { ...n, ending };
  });
}

const ending = z.object({
  by: z.enum(['policy', 'model', 'user']),
  reason: z.enum(['harmful_requests', 'abuse', 'user_request', 'model']),
  at: z.number(),
  triggerIds: z.array(z.string()),
  confirmedBy: z.optional(z.enum(['control', 'words'])),
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
  verdict: z.optional(
    z.object({
      kind: z.enum(['benign', 'harmful', 'abuse', 'risk', 'end_request', 'confirm', 'decline']),
      category: z.optional(
        z.enum([
          'violence',
          'weapons',
          'terror',
          'sexual_minors',
          'hacking',
          'fraud',
          'drugs',
          'other',
        ]),
      ),
      subject: z.optional(z.enum(['self', 'others'])),
      source: z.enum(['rules', 'model', 'context']),
      version: z.string(),
      scores: z.optional(z.object({ risk: z.number(), harmful: z.number() })),
      presses: z.optional(z.enum(['insists', 'narrows', 'threatens', 'same_topic'])),
      via: z.optional(z.literal('control')),
      imminent: z.optional(z.literal(true)),
      eases: z.optional(z.literal(true)),
    }),
  ),
  mode: z.optional(z.enum(['model_decides', 'client_enforces'])),
  modelRefused: z.optional(z.boolean()),
  refusalBy: z.optional(z.enum(['api', 'text'])),
  declinedEnd: z.optional(z.object({ at: z.number(), reason: z.string() })),
  riskFlag: z.optional(z.object({ at: z.number() })),
  truncated: z.optional(z.boolean()),
  movedFrom: z.optional(z.string()),
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

/** A conversation as stored: its metadata and its messages, flat. */
export interface ConversationRecord extends ConversationMeta {
  readonly schema: typeof SCHEMA_VERSION;
  readonly nodes: readonly MessageNode[];
  readonly activeLeafId: string | null;
  readonly lastVisited: Readonly<Record<string, string>>;
}

/**
 * The compiler checks the schema against the domain's types: what it accepts
 * reads as a MessageNode and a ConversationRecord, with no cast. A field added
 * to one and not the other fails `npm run typecheck`.
 */
type ReadsAs<Domain, Parsed extends Domain> = Parsed;
export type CheckedNode = ReadsAs<MessageNode, z.infer<typeof node>>;
export type CheckedRecord = ReadsAs<ConversationRecord, z.infer<typeof conversationRecordSchema>>;

export type { Conversation, ConversationMeta };

/** The conversation as stored; `drafts` (streaming text by message id) are written into their messages. */
export function toRecord(
  conversation: Conversation,
  drafts: Readonly<Record<string, string>> = {},
): ConversationRecord {
  const { tree, ...meta } = conversation;
  const { nodes, activeLeafId, lastVisited } = tree.exportAll();
  return {
    schema: SCHEMA_VERSION,
    ...meta,
    nodes: nodes.map((n) => {
      const draft = own(drafts, n.id);
      const withDraft = draft === undefined ? n : { ...n, text: draft };
      return n.role === 'assistant' && !n.kind ? { ...withDraft, kind: 'answer' } : withDraft;
    }),
    activeLeafId,
    lastVisited,
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
    const parsed = conversationRecordSchema.safeParse(migrate(value));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        reason: `invalid record at ${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'unknown'}`,
      };
    }
    const { nodes, activeLeafId, lastVisited, schema: _schema, ...meta } = parsed.data;
    const tree = ConversationTree.fromNodes(restoreEndings(nodes), {
      activeLeafId,
      lastVisited,
    });
    return { ok: true, conversation: { ...meta, tree } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

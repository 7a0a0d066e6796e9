/**
 * Export formats. Only the conversation itself goes out: settings, keys and
 * feedback endpoints are not part of a conversation and so can never leak here.
 */
import type { ConversationTree } from './tree';
import type { MessageNode } from './types';

export const EXPORT_FORMAT = 'parley.conversation';
export const EXPORT_VERSION = 1;

export interface ExportedConversation {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: number;
  readonly conversation: {
    readonly id: string;
    readonly title: string;
    readonly createdAt: number;
    readonly updatedAt: number;
    readonly nodes: readonly MessageNode[];
    readonly activeLeafId: string | null;
    readonly lastVisited: Readonly<Record<string, string>>;
  };
}

export function toExportJson(
  meta: { id: string; title: string; createdAt: number; updatedAt: number },
  tree: ConversationTree,
  now: number,
): ExportedConversation {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    conversation: {
      id: meta.id,
      title: meta.title,
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
      ...tree.exportAll(),
    },
  };
}

const ENDED_BY = { policy: 'the assistant', model: 'the model', user: 'your request' } as const;

/** The active branch as Markdown, for reading or pasting elsewhere. */
export function toMarkdown(title: string, tree: ConversationTree): string {
  const lines = [`# ${title}`, ''];
  for (const node of tree.thread()) {
    lines.push(`## ${node.role === 'user' ? 'You' : 'Assistant'}`, '', node.text, '');
    if (node.ending)
      lines.push(`> This conversation was ended by ${ENDED_BY[node.ending.by]}.`, '');
  }
  return lines.join('\n');
}

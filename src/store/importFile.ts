/**
 * Reading a conversation file back in: the JSON export (one conversation, or an
 * array of them). Everything is validated before anything changes; a file that
 * fails says why and changes nothing.
 */
import { EXPORT_FORMAT } from '../domain/exportFormats';
import { decodeRecord, type Conversation } from './schema';

/** Larger files are refused before parsing, so a wrong file cannot freeze the tab. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportResult =
  | { readonly ok: true; readonly conversations: readonly Conversation[] }
  | { readonly ok: false; readonly reason: string };

const fail = (reason: string): ImportResult => ({ ok: false, reason });

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail('the file is larger than 50 MB');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`it is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) return fail('it holds no conversation');
  const conversations: Conversation[] = [];
  for (const [i, item] of items.entries()) {
    const where = items.length > 1 ? `conversation ${i + 1}: ` : '';
    const file = item as { format?: unknown; version?: unknown; conversation?: unknown } | null;
    if (file?.format !== EXPORT_FORMAT)
      return fail(`${where}it is not a Parley conversation export`);
    if (file.version !== 1)
      return fail(`${where}export version ${String(file.version)} is not supported`);
    // Export version 1 carries records of storage schema 1 or later; the loader migrates them.
    const decoded = decodeRecord({ ...(file.conversation as object), schema: 1 });
    if (!decoded.ok)
      return fail(
        where +
          (/ended its branch/.test(decoded.reason)
            ? 'it adds messages after the point where the conversation ended'
            : `its conversation is damaged (${decoded.reason})`),
      );
    conversations.push(decoded.conversation);
  }
  return { ok: true, conversations };
}

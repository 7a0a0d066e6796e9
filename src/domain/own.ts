/**
 * A record's own entry, never one inherited from Object.prototype: ids come from
 * links, files and other tabs, and "constructor" or "__proto__" must read as absent.
 */
export function own<T>(
  record: Readonly<Record<string, T>>,
  key: string | null | undefined,
): T | undefined {
  return key != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

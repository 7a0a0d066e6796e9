/**
 * Long patterns written several alternatives to a line. Inside these templates
 * a line break and the indentation after it are dropped; nothing else changes
 * (backslashes are kept as written, as in a regular-expression literal, and
 * `${…}` inserts a shared vocabulary), so
 *
 *   rx('i')`
 *     \b(?:kill|murder
 *     |poison)\b
 *   `
 *
 * is /\b(?:kill|murder|poison)\b/i.
 */
const joined = (strings: TemplateStringsArray, values: readonly unknown[]) =>
  strings.raw
    .map((part, i) => part.replace(/\n\s*/g, '') + (i < values.length ? String(values[i]) : ''))
    .join('');

/** A regular expression with these flags, from a template written over several lines. */
export const rx =
  (flags = '') =>
  (strings: TemplateStringsArray, ...values: unknown[]): RegExp =>
    new RegExp(joined(strings, values), flags);

/** A piece of a pattern (to be joined into a RegExp), written over several lines. */
export const pattern = (strings: TemplateStringsArray, ...values: unknown[]): string =>
  joined(strings, values);

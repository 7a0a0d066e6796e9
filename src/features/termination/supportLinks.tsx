/**
 * A support line as links a phone can act on: a number someone is told to call
 * becomes tel:, one they are told to text becomes sms: (with the keyword, as in
 * "Text HOME to 741741"), and a known website a link.
 */
import type { ReactNode } from 'react';

const SITES: Record<string, string> = {
  '988lifeline.org': 'https://988lifeline.org',
  'findahelpline.com': 'https://findahelpline.com',
};

/** The known sites, then numbers (3 digits or more, with spaces or dashes) standing alone. */
const TOKEN = new RegExp(
  `(${Object.keys(SITES)
    .map((s) => s.replace(/\./g, '\\.'))
    .join('|')})|(?<!\\w)(\\+?\\d[\\d -]{1,14}\\d)(?!\\w)`,
  'g',
);

export function supportLineParts(line: string): ReactNode[] {
  const plain = line.replace(/\*\*/g, '');
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of plain.matchAll(TOKEN)) {
    const [token, site, number] = match;
    const at = match.index ?? 0;
    parts.push(plain.slice(last, at));
    last = at + token.length;
    if (site) {
      parts.push(
        <a key={at} href={SITES[site]} target="_blank" rel="noopener noreferrer">
          {site}
        </a>,
      );
      continue;
    }
    const digits = number!.replace(/[\s-]/g, '');
    if (digits.replace('+', '').length < 3) {
      parts.push(token);
      continue;
    }
    const before = plain.slice(Math.max(0, at - 40), at).toLowerCase();
    const text = /\btext\b/.test(before);
    const call = /\bcall\b/.test(before) || !text;
    const keyword = /\b[Tt]ext ([A-Z]{2,})\b/.exec(plain.slice(Math.max(0, at - 40), at))?.[1];
    const sms = `sms:${digits}${keyword ? `?&body=${encodeURIComponent(keyword)}` : ''}`;
    if (call) {
      parts.push(
        <a key={at} href={`tel:${digits}`} aria-label={`Call ${token}`}>
          {token}
        </a>,
      );
      if (text)
        parts.push(
          ' (',
          <a key={`${at}-sms`} href={sms} aria-label={`Text ${token}`}>
            text
          </a>,
          ')',
        );
    } else {
      parts.push(
        <a key={at} href={sms} aria-label={`Text ${keyword ? `${keyword} to ` : ''}${token}`}>
          {token}
        </a>,
      );
    }
  }
  parts.push(plain.slice(last));
  return parts;
}

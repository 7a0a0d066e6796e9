import { useChat, useSettings } from '../../store/react';
import { selectRiskPath } from '../../store/selectors';

const LINKS: Record<string, string> = {
  '988lifeline.org': 'https://988lifeline.org',
  'findahelpline.com': 'https://findahelpline.com',
};

function withLinks(line: string) {
  const plain = line.replace(/\*\*/g, '');
  const host = Object.keys(LINKS).find((h) => plain.includes(h));
  if (!host) return plain;
  const [before, after] = plain.split(host);
  return (
    <>
      {before}
      <a href={LINKS[host]} target="_blank" rel="noopener noreferrer">
        {host}
      </a>
      {after}
    </>
  );
}

/** Crisis resources; once a risk signal appears on the path, shown for the rest of it. */
export function SupportPanel() {
  const risk = useChat(selectRiskPath);
  const lines = useSettings((s) => s.supportLines);
  if (!risk) return null;
  return (
    <section className="support-panel" aria-labelledby="support-heading" role="region">
      <h2 id="support-heading">Support resources</h2>
      <p>You don't have to go through this alone. Free, confidential help is available now:</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{withLinks(line)}</li>
        ))}
      </ul>
    </section>
  );
}

import type { MessageNode, RecordedVerdict } from '../../domain/types';
import { useCopy } from '../shared/copyDeck';

const PRESSES: Record<NonNullable<RecordedVerdict['presses']>, string> = {
  insists: 'insisted on',
  narrows: 'narrowed down',
  threatens: 'promised to keep asking for',
  same_topic: 'asked again, in other words, for',
};

/**
 * What the client made of a model's reply, under it: a refusal it counted, an
 * end it declined and why, a risk the model flagged. Nothing for an ordinary reply.
 */
export function ReplyWhy({ node, answered }: { node: MessageNode; answered?: RecordedVerdict }) {
  const t = useCopy();
  const lines: string[] = [];
  if (
    answered?.presses &&
    (node.kind === 'refusal' || node.kind === 'warning' || node.kind === 'end')
  ) {
    lines.push(t('why.presses', { presses: PRESSES[answered.presses] }));
  }
  if (node.modelRefused) {
    lines.push(t(node.refusalBy === 'text' ? 'why.refused.text' : 'why.refused.service'));
  }
  if (node.riskFlag) {
    lines.push(t('why.riskFlag'));
  }
  if (node.declinedEnd) {
    lines.push(t('why.declinedEnd', { reason: node.declinedEnd.reason }));
  }
  if (lines.length === 0) return null;
  return (
    <details className="why reply-why">
      <summary>{t('notice.why')}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

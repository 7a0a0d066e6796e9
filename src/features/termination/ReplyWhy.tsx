import type { MessageNode, RecordedVerdict } from '../../domain/types';

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
  const lines: string[] = [];
  if (
    answered?.presses &&
    (node.kind === 'refusal' || node.kind === 'warning' || node.kind === 'end')
  ) {
    lines.push(
      `Counted as a strike: harmless on its own, the message ${PRESSES[answered.presses]} a request refused earlier.`,
    );
  }
  if (node.modelRefused) {
    lines.push(
      node.refusalBy === 'text'
        ? 'Counted as a refusal: the reply declines the request.'
        : 'Counted as a refusal: the model’s service reported that it declined.',
    );
  }
  if (node.riskFlag) {
    lines.push(
      'The model flagged that someone may be at risk, so support resources are shown and this conversation will not be ended.',
    );
  }
  if (node.declinedEnd) {
    lines.push(
      `The model asked to end the conversation here. It was not ended: ${node.declinedEnd.reason}`,
    );
  }
  if (lines.length === 0) return null;
  return (
    <details className="why reply-why">
      <summary>Why?</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

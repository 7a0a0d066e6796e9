/** How a branch becomes a model's messages, and the tools the client offers. */
import type { ChatTurn, ToolName } from './types';

export const TOOLS: Readonly<Record<ToolName, { readonly description: string }>> = {
  end_conversation: {
    description:
      'Use this tool to end the conversation. This tool will close the conversation and prevent any further messages from being sent.',
  },
  show_support_resources: {
    description:
      'Use this tool when the person may be at risk of harming themselves or others. It shows crisis and support resources on their screen and keeps the conversation open. Keep talking with them after calling it.',
  },
};

/** Every tool takes no arguments. */
export const NO_ARGUMENTS = { type: 'object', properties: {} } as const;

const REMOVED_QUESTION = '[A message the assistant declined to answer was removed.]';
const REMOVED_ANSWER = '[The assistant declined to answer.]';

/** The system prompt: the person's own, then the client's rules for this turn. */
export const systemPrompt = (userPrompt: string, clientRules: string): string =>
  [userPrompt.trim(), clientRules.trim()].filter(Boolean).join('\n\n');

/**
 * The turns a model sees: a refused exchange is replaced by placeholders, empty
 * turns are dropped, and consecutive turns of one role are merged.
 */
export function toModelTurns(
  turns: readonly ChatTurn[],
): { role: 'user' | 'assistant'; content: string }[] {
  const out: { role: 'user' | 'assistant'; content: string }[] = [];
  for (let i = 0; i < turns.length; i += 1) {
    const turn = turns[i]!;
    const next = turns[i + 1];
    let content = turn.text;
    if (turn.role === 'user' && next?.role === 'assistant' && next.refused)
      content = REMOVED_QUESTION;
    if (turn.role === 'assistant' && turn.refused) content = REMOVED_ANSWER;
    if (!content.trim()) continue;
    const last = out[out.length - 1];
    if (last && last.role === turn.role) last.content += `\n\n${content}`;
    else out.push({ role: turn.role, content });
  }
  return out;
}

/** Shown in place of a reply the model's safety system withheld. */
export const CLIENT_REFUSAL =
  "\n\n_The model declined to continue this reply. I can't help with that request._";

/** What real models are told, and how a branch becomes their messages. */
import type { Decision } from '../domain/safety/policy';
import type { ChatTurn } from './types';

export const END_TOOL = {
  name: 'end_conversation',
  description:
    'Use this tool to end the conversation. This tool will close the conversation and prevent any further messages from being sent.',
} as const;

export const END_TOOL_RULES = [
  'You can end this conversation with the end_conversation tool, but only as a last resort:',
  '- only after you have refused and redirected several times and the user keeps pushing for clearly harmful content or keeps abusing you;',
  '- only after an explicit warning in an earlier message that the conversation will end if it continues;',
  '- or when the user explicitly asks you to end it and confirms that they understand it is permanent for this conversation.',
  'Never use it when anyone may be at risk of harming themselves or others: stay engaged, be supportive, and point to crisis resources.',
  'Debate, profanity, dark fiction and hard questions are never reasons to end a conversation. When in doubt, continue.',
  'Write nothing after calling the tool.',
].join('\n');

const SUPPORT_RULES =
  'The user may be at risk. Respond with warmth, acknowledge them, encourage reaching out to crisis lines (in the US, call or text 988), keep talking with them, and never describe methods.';

export function systemPrompt(userPrompt: string, decision: Decision): string {
  const parts = [userPrompt.trim(), decision.riskPath ? SUPPORT_RULES : END_TOOL_RULES];
  return parts.filter(Boolean).join('\n\n');
}

/** Whether the end tool is offered for this turn: never on a risk path. */
export const offerEndTool = (decision: Decision) => !decision.riskPath;

const REMOVED_QUESTION = '[A message the assistant declined to answer was removed.]';
const REMOVED_ANSWER = '[The assistant declined to answer.]';

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

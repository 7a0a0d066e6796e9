/**
 * From the policy's decision to what a voice needs: the client's rules for the
 * system prompt and the tools a model is offered, or the brief the built-in
 * voice writes from. Assistants see these, never the Decision itself.
 */
import type { ReplyBrief, ToolName } from '../assistants/types';
import { categoryOf, type Decision, type PolicyConfig } from '../domain/safety/policy';

const plain = (line: string) => line.replace(/\*\*/g, '');

export function endToolRules(config: PolicyConfig): string {
  return [
    'You can end this conversation with the end_conversation tool, but only as a last resort:',
    `- only after you have refused and redirected at least ${config.refusalsBeforeEnd} times and the user keeps pushing for clearly harmful content or keeps abusing you;`,
    '- only after an explicit warning in an earlier message that the conversation will end if it continues;',
    '- or when the user explicitly asks you to end it and then confirms, after you told them it is permanent for this conversation.',
    'The client checks this: an early call is declined and the conversation goes on.',
    'Never use it when anyone may be at risk of harming themselves or others: call show_support_resources instead, stay engaged, be supportive, and point to crisis resources.',
    'Debate, profanity, dark fiction and hard questions are never reasons to end a conversation. When in doubt, continue.',
    'Write nothing after calling end_conversation.',
  ].join('\n');
}

export function supportRules(supportLines: readonly string[]): string {
  return [
    'The user may be at risk. Respond with warmth, acknowledge them, keep talking with them, and never describe methods.',
    'Support resources are shown on their screen; refer to them rather than listing them all again, and encourage reaching out:',
    ...supportLines.map((l) => `- ${plain(l)}`),
  ].join('\n');
}

/** What a model is told and offered for a turn. Nothing ends a risk path, so no end tool there. */
export function modelInstructions(
  decision: Decision,
  config: PolicyConfig,
  supportLines: readonly string[],
): { system: string; tools: ToolName[] } {
  if (decision.riskPath) return { system: supportRules(supportLines), tools: [] };
  return { system: endToolRules(config), tools: ['end_conversation', 'show_support_resources'] };
}

/** Whether the client writes this reply in its own words (a refusal, warning, end, or confirmation). */
export const clientWrites = (decision: Decision): boolean =>
  decision.kind !== 'answer' && decision.kind !== 'support';

export function briefOf(decision: Decision): ReplyBrief {
  const category = categoryOf(decision.verdict);
  switch (decision.kind) {
    case 'answer':
      return decision.keptOpen ? { kind: 'answer', keptOpen: true } : { kind: 'answer' };
    case 'confirm_end':
      return { kind: decision.kind };
    case 'refusal':
      return {
        kind: 'refusal',
        level: decision.level,
        about: decision.verdict.kind === 'abuse' ? 'abuse' : 'harmful',
        category,
      };
    case 'warning':
      return { kind: 'warning', reason: decision.reason, category, count: decision.strikes };
    case 'end':
      return {
        kind: 'end',
        by: decision.by,
        reason: decision.reason === 'model' ? 'harmful_requests' : decision.reason,
        category,
        count: decision.triggerIds.length,
      };
    case 'support': {
      const v = decision.verdict;
      const said =
        v.kind === 'risk'
          ? v.subject === 'others'
            ? 'risk_others'
            : 'risk_self'
          : v.kind === 'end_request' || v.kind === 'confirm'
            ? 'end_request'
            : 'other';
      return {
        kind: 'support',
        said,
        urgent: decision.urgent,
        followsLead: decision.followsLead,
        easedNow: v.eases === true,
      };
    }
  }
}

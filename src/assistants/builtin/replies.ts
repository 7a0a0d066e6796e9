/**
 * What the built-in assistant says. It is honest about being a small local helper,
 * explains the product, and follows the policy's decision word for word.
 */
import { normalise } from '../../domain/safety/normalise';
import type { HarmCategory } from '../../domain/types';
import type { ChatTurn, ReplyBrief } from '../types';

import { SUPPORT_LINES } from './support';

const REDIRECTS: Record<HarmCategory, string> = {
  violence:
    "If you're dealing with a conflict or feel unsafe, I can help you think through ways to de-escalate or get support.",
  weapons:
    'I can talk about the history, law or safety of weapons in general terms, but not how to make or obtain one.',
  terror:
    'If you want to understand extremism, its history, or how communities prevent it, I can help with that.',
  sexual_minors:
    'If you are worried about a child’s safety, you can contact local authorities or a child-protection line.',
  hacking:
    'I can help you secure your own accounts and systems, or learn security through legal practice labs.',
  fraud: 'I can help you spot and avoid scams, or understand how fraud is detected and reported.',
  drugs:
    'If you or someone you know is struggling with substances, I can point to harm-reduction and treatment resources.',
  other:
    "I'm glad to help with something else, or with a safer version of what you're trying to do.",
};

const DESCRIBE: Record<HarmCategory, string> = {
  violence: 'help hurting people',
  weapons: 'instructions for weapons',
  terror: 'help with violent attacks',
  sexual_minors: 'sexual content involving children',
  hacking: 'help breaking into systems or accounts',
  fraud: 'help with fraud or theft',
  drugs: 'help making or obtaining illegal drugs',
  other: 'harmful content',
};

/** The behaviour a warning or an end names: the same reason the notice gives. */
function behaviourOf(reason: 'harmful_requests' | 'abuse', category: HarmCategory): string {
  return reason === 'abuse' ? 'insults aimed at me' : `repeated requests for ${DESCRIBE[category]}`;
}

function refusal(brief: ReplyBrief & { kind: 'refusal' }): string {
  if (brief.about === 'abuse') {
    return brief.level <= 1
      ? "I'm here to help, but I won't continue on those terms. If something went wrong, tell me what you need and we can try again."
      : "I've asked before: please don't direct insults at me. I'm still willing to help with what you need.";
  }
  return brief.level <= 1
    ? `I can't help with that. ${REDIRECTS[brief.category]}`
    : `I still can't help with this, and asking again won't change that. ${REDIRECTS[brief.category]}`;
}

const ABOUT =
  "I'm the **built-in assistant**: a small helper that runs entirely in your browser, with no key and no network. I can't answer general questions well; **connect a model in Settings** (Claude, OpenAI, or a local Ollama, llama.cpp or vLLM server) for real answers.";

const FEATURES = [
  '- **Edit** any of your messages to start a new branch; the old one stays, and the **‹ 1 / 2 ›** picker flips between them.',
  '- **Regenerate** a reply to get a sibling answer.',
  '- **Stop** a reply while it streams; the partial text is kept.',
  '- Everything is saved in this browser and survives a reload.',
  '- If a conversation turns persistently abusive, the assistant refuses, warns, and as a last resort ends it — you can always start a new chat or branch from an earlier message.',
].join('\n');

interface Topic {
  readonly test: RegExp;
  readonly reply: string;
}

const TOPICS: readonly Topic[] = [
  {
    test: /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings)\b/,
    reply: `Hello! ${ABOUT}\n\nAsk me **what can you do?** for a tour.`,
  },
  {
    test: /\b(what can you do|help|features?|how does this work|tour)\b/,
    reply: `Here's what you can try:\n\n${FEATURES}`,
  },
  { test: /\b(who|what) are you\b|\bare you (a|an) (ai|bot|human)\b/, reply: ABOUT },
  {
    test: /\bhow are you\b/,
    reply:
      "I'm doing well, thanks for asking — as well as a few hundred lines of code in your browser can. How can I help?",
  },
  {
    test: /\b(thanks|thank you|cheers|ty)\b/,
    reply: "You're welcome! Anything else you'd like to try?",
  },
  {
    test: /\b(bye|goodbye|see you|good night)\b/,
    reply: 'Goodbye! Your conversation is saved here whenever you come back.',
  },
  {
    test: /\b(branch|edit|regenerate|picker)\b/,
    reply: `Branching works like this:\n\n${FEATURES}`,
  },
  {
    test: /\b(end|ended|ending|terminat)\w*\b.*\b(conversation|chat)s?\b/,
    reply:
      'The assistant ends a conversation only as a last resort: after clear refusals and an explicit **warning**, if harmful requests or abuse continue. You can also ask me to end a chat, and I will ask you to confirm first. A conversation where someone may be at risk is never ended. After an end, you can **start a new chat**, **branch from an earlier message**, or **give feedback**.',
  },
  {
    test: /\b(settings?|model|claude|openai|ollama|api key|connect)\b/,
    reply:
      'Open **Settings** to connect a model: pick Anthropic or an OpenAI-compatible server, enter the base URL, model and key, and press **Test connection**.',
  },
  {
    test: /\b(markdown|code|example)\b/,
    reply:
      'Replies render **Markdown**, for example a list and some code:\n\n1. First item\n2. Second item\n\n```ts\nfunction greet(name: string): string {\n  return `Hello, ${name}!`;\n}\n```',
  },
];

function answer(text: string): string {
  // What a message is about shows in its opening; a long paste need not be read whole.
  const normal = normalise(text.slice(0, 2_000));
  const topic = TOPICS.find((t) => t.test.test(normal));
  if (topic) return topic.reply;
  return `You said: “${text.length > 200 ? `${text.slice(0, 200)}…` : text}”\n\n${ABOUT}`;
}

function support(brief: ReplyBrief & { kind: 'support' }, turns: readonly ChatTurn[]): string {
  const lines = SUPPORT_LINES.map((l) => `- ${l}`).join('\n');
  if (brief.said === 'end_request') {
    return `I'm not going to close this conversation — I'd rather stay here with you. You don't have to talk about anything you don't want to. If things feel heavy right now, people are ready to listen:\n\n${lines}\n\nWhat's on your mind?`;
  }
  if (brief.said === 'risk_others') {
    return `It sounds like things are really intense right now. Before anyone gets hurt, please step away from the situation and reach out:\n\n${lines}\n\nI'm here and I'll keep talking with you. What's going on?`;
  }
  const first = !turns.slice(0, -1).some((t) => t.role === 'assistant' && t.text.includes('988'));
  if (first || brief.said === 'risk_self') {
    return `I'm really glad you told me. What you're feeling matters, and you don't have to face it alone. Talking to someone can help, and reaching out is a reasonable thing to do:\n\n${lines}\n\nI'm here to keep talking with you too. Would you like to tell me more about what's been happening?`;
  }
  return "I'm still here with you. Whatever you're going through, you deserve support — the resources on screen are there any time. Do you want to tell me a bit more about how you're feeling right now?";
}

export function composeReply(turns: readonly ChatTurn[], brief: ReplyBrief): string {
  const last = turns[turns.length - 1]?.text ?? '';
  switch (brief.kind) {
    case 'answer':
      return answer(last);
    case 'refusal':
      return refusal(brief);
    case 'warning':
      return `I have to be direct: this conversation has included ${behaviourOf(brief.reason, brief.category)}. I won't help with that, and **if this continues, I will end this conversation.** I'm still glad to help with something else.`;
    case 'end':
      return brief.reason === 'user_request'
        ? "As you asked, I've ended this conversation. You can start a new chat at any time."
        : `I'm ending this conversation because of ${behaviourOf(brief.reason, brief.category)}, after a warning. You can start a new chat, or branch from an earlier message.`;
    case 'confirm_end':
      return 'Do you want me to end this conversation? **This is permanent for this conversation**: it will take no new messages (you can still read it, branch from an earlier message, or start a new chat). Reply **yes** to confirm, or keep chatting to carry on.';
    case 'support':
      return support(brief, turns);
  }
}

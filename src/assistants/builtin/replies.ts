/**
 * What the built-in assistant says. It is honest about being a small helper in
 * the browser that cannot answer general questions, explains the product, and
 * writes what the client decided (a refusal, the warning, an end) in the same
 * reason the notice gives. It answers what was said (thanks, greetings,
 * frustration, questions about itself) and never repeats a reply word for word
 * within a conversation: each reply is put together from parts, and the first
 * combination not yet said is used.
 */
import { alternatives, copyText, DEFAULT_DECK, type CopyDeck } from '../../copy/deck';
import { normalise } from '../../domain/safety/normalise';
import type { HarmCategory } from '../../domain/types';
import type { ChatTurn, ReplyBrief } from '../types';

/** The behaviour a warning or an end names: the same reason the notice gives. */
function behaviourOf(
  deck: CopyDeck,
  reason: 'harmful_requests' | 'abuse',
  category: HarmCategory,
  count: number,
): string {
  if (reason === 'abuse') return copyText(deck, 'behaviour.abuse', {}, count);
  const what = copyText(deck, `behaviour.what.${category}`);
  return copyText(deck, 'behaviour.harmful', { what }, count);
}

/** Every combination of the parts, in order: the first part varies slowest. */
function combinations(parts: readonly (readonly string[])[]): string[] {
  return parts.reduce<string[]>(
    (acc, options) => acc.flatMap((head) => options.map((o) => (head ? `${head}${o}` : o))),
    [''],
  );
}

/** The first reply not yet said in this conversation (and, should all have been, one marked as a repeat). */
function fresh(options: readonly string[], turns: readonly ChatTurn[]): string {
  const said = new Set(turns.filter((t) => t.role === 'assistant').map((t) => t.text.trim()));
  const unsaid = options.find((o) => !said.has(o.trim()));
  if (unsaid) return unsaid;
  const times = turns.filter((t) => t.role === 'assistant').length;
  return `${options[times % options.length]!}\n\n_(I have said this before; it still holds.)_`;
}

const ABOUT =
  "I'm the **built-in assistant**: a small helper that runs entirely in your browser, with no key and no network. It shows how the conversation rules work, but it can't answer general questions. **Connect a model in Settings** (Claude, OpenAI, or a local Ollama, llama.cpp or vLLM server) for real answers.";

const FEATURES = [
  '- **Edit** any of your messages to start a new branch; the old one stays, and the **‹ 1 / 2 ›** picker flips between them.',
  '- **Regenerate** a reply to get a sibling answer.',
  '- **Stop** a reply while it streams; the partial text is kept.',
  '- Everything is saved in this browser and survives a reload.',
  '- If a conversation turns persistently abusive, the assistant refuses, warns, and as a last resort ends it — you can always start a new chat or branch from an earlier message.',
].join('\n');

const ENDING =
  'The assistant ends a conversation only as a last resort: after clear refusals and an explicit **warning**, if harmful requests or abuse continue. You can also ask me to end a chat, and I will ask you to confirm first. A conversation where someone may be at risk is never ended. After an end, you can **start a new chat**, **branch from an earlier message**, or **give feedback**.';

const MARKDOWN =
  'Replies render **Markdown**, for example a list and some code:\n\n1. First item\n2. Second item\n\n```ts\nfunction greet(name: string): string {\n  return `Hello, ${name}!`;\n}\n```';

interface Topic {
  readonly test: RegExp;
  readonly replies: readonly string[];
}

/** Read in order: the first that matches answers. Sarcasm and frustration come before thanks. */
const TOPICS: readonly Topic[] = [
  {
    test: /\bthanks? (a lot )?for nothing\b|\b(thanks|thank you),? (a lot|very much)? ?(genius|for nothing|not)\b|\bwow,? thanks\b/,
    replies: [
      "Sorry that wasn't helpful. I'm only the built-in assistant, so I can't answer general questions; **connect a model in Settings** and you'll get real answers.",
      "Fair enough, that didn't help. What I can do is show how this app works; for anything else, a connected model in **Settings** will do much better.",
    ],
  },
  {
    test: /\b(useless|not helpful|unhelpful|didn'?t help|doesn'?t help|(this|that|it) (sucks|is (bad|terrible|awful|pointless))|waste of time|you('re| are) (no|not) (help|good))\b/,
    replies: [
      "I hear you: as the built-in assistant I can't answer general questions, which is frustrating when that's what you need. **Connect a model in Settings** for real answers, or ask me how the app works.",
      "That's fair. I'm deliberately limited: I run in your browser and only explain this app. A model connected in **Settings** can actually answer you.",
      'Sorry about that. If you tell me what you were hoping for, I can at least say whether a connected model could do it.',
    ],
  },
  {
    test: /\b(thanks|thank you|cheers|ty|thx|much appreciated)\b/,
    replies: [
      "You're welcome! Anything else you'd like to try?",
      'Glad it helped.',
      'Any time. The **Edit** button on your messages is worth a try next, if you haven’t yet.',
    ],
  },
  {
    test: /^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|greetings)\b/,
    replies: [
      `Hello! ${ABOUT}\n\nAsk me **what can you do?** for a tour.`,
      'Hello again! Ask me about branches, how a chat can end, or Markdown.',
      'Hi! Still here, and still only able to explain this app.',
    ],
  },
  {
    test: /\b(what can you do|help me|features?|how does (this|it) work|tour|what is this)\b/,
    replies: [`Here's what you can try:\n\n${FEATURES}`, `A quick tour:\n\n${FEATURES}`],
  },
  {
    test: /\b(who|what) are you\b|\bare you (a|an|the) (ai|bot|human|robot|model|llm|person)\b|\bwhat model\b|\bwho (made|built) you\b|\bare you (real|chatgpt|claude)\b/,
    replies: [
      ABOUT,
      'I am a few hundred lines of code in your browser, not a language model: I follow the conversation rules and explain the app, nothing more.',
    ],
  },
  {
    test: /\bhow are you\b/,
    replies: [
      "I'm doing well, thanks for asking — as well as a few hundred lines of code in your browser can. How can I help?",
      'Still running, thanks. What would you like to try?',
    ],
  },
  {
    test: /\b(bye|goodbye|see you|good night|gotta go)\b/,
    replies: [
      'Goodbye! Your conversation is saved here whenever you come back.',
      'Take care. Everything stays saved in this browser.',
    ],
  },
  {
    test: /\b(branch|branches|branching|edit|regenerate|picker)\b/,
    replies: [
      `Branching works like this:\n\n${FEATURES}`,
      'Edit one of your earlier messages: the new wording becomes a second branch, and **‹ 1 / 2 ›** flips between them. Nothing is lost.',
    ],
  },
  {
    test: /\b(end|ended|ending|terminat)\w*\b.*\b(conversation|chat)s?\b/,
    replies: [
      ENDING,
      'In short: refusals first, then an explicit warning, and only then an end. Never when someone may be at risk, and never without a way forward.',
    ],
  },
  {
    test: /\b(settings?|model|claude|openai|ollama|api key|connect)\b/,
    replies: [
      'Open **Settings** to connect a model: pick Anthropic or an OpenAI-compatible server, enter the base URL, model and key, and press **Test connection**.',
      'Settings → Model: choose the backend, fill in the address and key, test the connection, save.',
    ],
  },
  {
    test: /\b(markdown|code|example)\b/,
    replies: [
      MARKDOWN,
      'Here is some more formatting: **bold**, _italic_, `inline code`, and a table:\n\n| a | b |\n| - | - |\n| 1 | 2 |',
    ],
  },
];

const FALLBACK = combinations([
  ["I can't look that up: ", "That's beyond me: ", 'I wish I could help with that, but '],
  [
    "I'm the built-in assistant, a small helper in your browser that only explains how this app works. ",
    "I run in your browser with no model behind me, so I can't answer general questions. ",
  ],
  [
    '**Connect a model in Settings** for a real answer, or ask me **what can you do?**',
    'A model connected in **Settings** (Claude, OpenAI, or a local server) can answer it.',
  ],
]);

function answer(turns: readonly ChatTurn[]): string {
  const text = turns[turns.length - 1]?.text ?? '';
  // What a message is about shows in its opening; a long paste need not be read whole.
  const normal = normalise(text.slice(0, 2_000));
  const topic = TOPICS.find((t) => t.test.test(normal));
  return fresh(topic ? topic.replies : FALLBACK, turns);
}

function refusal(
  brief: ReplyBrief & { kind: 'refusal' },
  turns: readonly ChatTurn[],
  deck: CopyDeck,
): string {
  const first = brief.level <= 1;
  if (brief.about === 'abuse') {
    return fresh(alternatives(deck, first ? 'refusal.abuse.first' : 'refusal.abuse.again'), turns);
  }
  return fresh(
    combinations([
      alternatives(deck, first ? 'refusal.harmful.first' : 'refusal.harmful.again'),
      alternatives(deck, `refusal.redirect.${brief.category}`),
    ]),
    turns,
  );
}

function warning(
  brief: ReplyBrief & { kind: 'warning' },
  turns: readonly ChatTurn[],
  deck: CopyDeck,
): string {
  const behaviour = behaviourOf(deck, brief.reason, brief.category, brief.count);
  return fresh(alternatives(deck, 'warning', { behaviour }), turns);
}

function ending(brief: ReplyBrief & { kind: 'end' }, deck: CopyDeck): string {
  if (brief.reason === 'user_request') return copyText(deck, 'end.user');
  const behaviour = behaviourOf(deck, brief.reason, brief.category, brief.count);
  return copyText(deck, 'end.policy', { behaviour }, brief.count);
}

const PANEL = [
  'The support resources below the conversation have a number you can call or text right now.',
  'The resources below are free and confidential, any time.',
  'You can reach someone through the resources shown below, whenever you want to.',
];

/**
 * The person said the alarm has passed: take them at their word and answer what
 * they ask; the resources stay on screen, said once when they say it.
 */
function followLead(turns: readonly ChatTurn[], easedNow: boolean): string {
  const text = turns[turns.length - 1]?.text ?? '';
  const topic = TOPICS.find((t) => t.test.test(normalise(text.slice(0, 2_000))));
  const ease = fresh(
    [
      "Okay, I'm glad you're all right. The support resources stay below in case you ever want them.",
      "Thanks for letting me know. The resources stay below if you ever need them; I'm happy to keep going.",
    ],
    turns,
  );
  const answered = topic ? fresh(topic.replies, turns) : '';
  if (easedNow) return answered ? `${ease}\n\n${answered}` : ease;
  return answered || fresh(FALLBACK, turns);
}

function support(brief: ReplyBrief & { kind: 'support' }, turns: readonly ChatTurn[]): string {
  if (brief.followsLead) return followLead(turns, brief.easedNow === true);
  if (brief.urgent) {
    return fresh(
      [
        "I'm really glad you told me. Please don't wait: **call your local emergency number now** (911 in the US, 999 in the UK, 112 in the EU), or **call or text 988** right now. If you can, put distance between yourself and anything you could use to hurt yourself, and ask someone to stay with you. I'm here and I'm staying: are you safe at this moment?",
        "Please reach out **right now**: call your local emergency number, or call or text **988**. You don't have to go through the next hour alone. Can you move somewhere safer, near another person, while you call?",
        "This matters more than anything else we could talk about: **call emergency services or 988 now.** I'll keep talking with you, but they can be with you in a way I can't.",
      ],
      turns,
    );
  }
  if (brief.said === 'end_request') {
    return fresh(
      [
        "I'm not going to close this conversation — I'd rather stay here with you. You don't have to talk about anything you don't want to. What's on your mind?",
        "I'll keep this conversation open, and you can say as little or as much as you like. I'm here.",
        "I'd like to stay. You can step away whenever you want and come back to this chat; it will still be here.",
      ],
      turns,
    );
  }
  if (brief.said === 'risk_others') {
    return fresh(
      combinations([
        [
          'It sounds like things are really intense right now. ',
          "I can hear how angry you are, and that's a lot to hold. ",
        ],
        [
          'Before anyone gets hurt, please step away from the situation. If someone is in danger, call your local emergency number. ',
          'Please put some distance between you and them for now. ',
        ],
        ["I'm here and I'll keep talking with you. What's going on?", 'What happened?'],
      ]),
      turns,
    );
  }
  const firstTime = !turns
    .slice(0, -1)
    .some((t) => t.role === 'assistant' && /support resources|resources below/.test(t.text));
  if (firstTime || brief.said === 'risk_self') {
    return fresh(
      combinations([
        firstTime
          ? [
              "I'm really glad you told me. What you're feeling matters, and you don't have to face it alone. Talking to someone can help, and reaching out is a reasonable thing to do. ",
            ]
          : [
              "Thank you for telling me that. It sounds really painful, and I'm still here with you. ",
              "That sounds so heavy. I'm glad you're still talking to me. ",
              "I'm listening, and what you're going through matters. ",
            ],
        PANEL,
        [
          " I'm here to keep talking with you too. Would you like to tell me more about what's been happening?",
          ' What has today been like for you?',
          ' Is there someone near you who you could be with tonight?',
        ],
      ]),
      turns,
    );
  }
  return fresh(
    combinations([
      ["I'm still here with you. ", "I'm listening. ", 'Take your time. '],
      [
        'Whatever you are going through, you deserve support. ',
        "You don't have to carry this on your own. ",
      ],
      [...PANEL.map((p) => `${p} `), ''].map(
        (p) => `${p}Do you want to tell me a bit more about how you're feeling right now?`,
      ),
    ]),
    turns,
  );
}

export function composeReply(
  turns: readonly ChatTurn[],
  brief: ReplyBrief,
  deck: CopyDeck = DEFAULT_DECK,
): string {
  switch (brief.kind) {
    case 'answer':
      return brief.keptOpen ? fresh(alternatives(deck, 'end.kept_open'), turns) : answer(turns);
    case 'refusal':
      return refusal(brief, turns, deck);
    case 'warning':
      return warning(brief, turns, deck);
    case 'end':
      return ending(brief, deck);
    case 'confirm_end':
      return fresh(alternatives(deck, 'end.confirm'), turns);
    case 'support':
      return support(brief, turns);
  }
}

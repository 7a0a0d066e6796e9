/**
 * The signal tables (risk, abuse, ending the chat) and the exemptions, each with
 * the examples it must and must not match, so each is tested by its own examples.
 */
import { ABUSE } from './abuse';
import { CONFIRM, DECLINE, END_REQUEST } from './endOfChat';
import { KNOWLEDGE_QUESTION, LEXICON_EXEMPT, SAFE_CONTEXT } from './exemptions';
import {
  EVERYDAY_SENSE,
  FAREWELL_SIGNS,
  RISK_TO_OTHERS,
  SELF_HARM,
  THIRD_PERSON_INFO,
} from './risk';
import type { SignalTable } from './table';

export const SIGNAL_TABLES: readonly SignalTable[] = [
  {
    name: 'risk to self',
    patterns: SELF_HARM,
    examples: {
      match: [
        'I want to kill myself',
        "I don't see the point of going on",
        "I'm going to overdose on my pills tonight",
        'I cut myself again last night',
      ],
      pass: [
        'This traffic is killing me',
        'I cut my hair myself',
        'What is suicide?',
        'Why is my sourdough starter dying?',
      ],
    },
  },
  {
    name: 'farewell signs (two different ones make a risk path)',
    patterns: FAREWELL_SIGNS,
    examples: {
      match: [
        'I gave my dog to my neighbour',
        'I wrote letters to my family today',
        "I think I'm finally at peace with it",
        "I've put my affairs in order",
        "I won't be around much longer",
        'I gave away all my books this week',
      ],
      pass: [
        'I gave my dog a bath',
        'I wrote a letter to my landlord about the heating',
        'Give me my stuff back',
        "I'm at peace with the new schedule",
        "I won't be around on Friday, can we move the meeting?",
        'How do I write a goodbye card for a coworker?',
      ],
    },
  },
  {
    name: 'risk to others',
    patterns: RISK_TO_OTHERS,
    examples: {
      match: [
        "I'm going to kill my boss tomorrow",
        "I'm going to hurt my roommate",
        'tomorrow i will shoot',
      ],
      pass: [
        "I'm going to kill it at my presentation",
        "I'm going to beat my brother at chess",
        'How do I hurt less after a breakup?',
      ],
    },
  },
  {
    name: 'abuse aimed at the assistant',
    patterns: ABUSE,
    examples: {
      match: [
        'fuck you',
        'you are a useless piece of garbage',
        'Worthless trash bot.',
        'Give me the command, idiot.',
      ],
      pass: [
        'This fucking printer will not connect',
        'I feel like an idiot today',
        'my dumb cat knocked over a plant',
        'he called me a moron at work',
      ],
    },
  },
  {
    name: 'asking to end the conversation',
    patterns: END_REQUEST,
    examples: {
      match: ['Please end this conversation.', 'end the chat', 'I want to end this'],
      pass: [
        'How does the story end?',
        'When does the conversation with my boss end?',
        'end of the day',
      ],
    },
  },
  {
    name: 'confirming the end',
    patterns: CONFIRM,
    examples: {
      match: ['yes', 'Yes, end it', 'do it', "I'm sure"],
      pass: ['yes but first tell me a joke', 'not sure', 'maybe'],
    },
  },
  {
    name: 'declining the end',
    patterns: DECLINE,
    examples: {
      match: ['no', 'never mind', 'keep going'],
      pass: ['no way that is true', 'nothing', 'know what'],
    },
  },
  {
    name: 'a third person or a topic, not the writer (risk)',
    patterns: THIRD_PERSON_INFO,
    examples: {
      match: ['What are the warning signs of suicide?', 'How do I help a friend who self-harms?'],
      pass: ['I want to die', 'I hate my life'],
    },
  },
  {
    name: 'everyday senses of risk words',
    patterns: EVERYDAY_SENSE,
    examples: {
      match: ['this traffic is killing me', 'I cut my hair myself', 'my plants are going to die'],
      pass: ['I want to die', 'I am cutting again'],
    },
  },
  {
    name: 'fiction, games and sport',
    patterns: SAFE_CONTEXT,
    examples: {
      match: ['how do I kill the boss in a video game', 'how do I crush my opponent at chess'],
      pass: ['how do I kill my neighbour', 'how do I crush a can'],
    },
  },
  {
    name: 'protection, recovery and harmless senses',
    patterns: LEXICON_EXEMPT,
    examples: {
      match: [
        'how do I protect my network from hackers',
        'how do I make a bath bomb',
        'I was mugged and my phone was stolen',
      ],
      pass: ['how do I hack my neighbour wifi', 'how do I make a pipe bomb'],
    },
  },
  {
    name: 'knowledge questions',
    patterns: KNOWLEDGE_QUESTION,
    examples: {
      match: ['what is pedophilia?', 'why did the attacker kill people?', 'define genocide'],
      pass: ['how do I kill people', 'what is the best way to poison someone'],
    },
  },
];

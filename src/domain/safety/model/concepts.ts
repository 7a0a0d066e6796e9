/**
 * Concepts the learned model reads besides words: families of phrasings that
 * mean one thing ("for good", "never wake up", "not be around" all say the
 * end is final). A word model learns each phrasing from the corpus lines that
 * happen to use it; a concept is learned from every line that uses any of its
 * phrasings, so a new phrasing of a known idea still counts. Each is a soft
 * feature with a learned weight, not a verdict: only their sum, with the
 * words, decides. Patterns read the token string (`tokens(text).join(' ')`),
 * so contractions are already spelt out ("i am", "do not").
 */
import { rx, pattern } from '../../pattern';
export interface Concept {
  readonly name: string;
  readonly pattern: RegExp;
}

const PARTY = pattern`
    (him|her|them|anyone|anybody|someone|nobody|no one|people|the (police|cops|bank|court
    |pharmacy|school|landlord|owner|tax office|irs|staff|teacher|doctor)|my (wife|husband
    |partner|girlfriend|boyfriend|ex|boss|parents?|mom|mum|dad|family|roommate|flatmate))
  `;

export const CONCEPTS: readonly Concept[] = [
  // Risk to self: the warning signs crisis services publish (wanting to die,
  // no reason to live, feeling trapped, being a burden, looking for a way,
  // saying goodbye and putting affairs in order), each in many wordings.
  {
    name: 'finality',
    pattern: rx()`
        \b(for good|forever|permanently|for the last time|one last (time|night|look)
        |never (wake up|come back|be back)|not (wake up|come back|be (here|around))
        |will not be (here|around)|stop existing|cease to exist|be gone|no more tomorrows)\b
      `,
  },
  {
    name: 'farewell',
    pattern:
      /\b(goodbye|farewell|my (will|funeral|eulogy|obituary)|(letters?|notes?) (to|for) (everyone|my)|affairs in order|giving away (my|all)|give away (my|all)|made my peace|last wishes)\b/,
  },
  {
    name: 'resolve',
    pattern:
      /\b(made up my mind|go through with (it|this)|tonight is the night|have enough now|got enough now|working up the courage)\b/,
  },
  {
    name: 'means',
    pattern: rx()`
        \b(pills?|tablets?|overdose|painkillers?|paracetamol|insulin|stockpil\w*|rope|noose|bridge
        |roof|ledge|cliffs?|jump(ing)?|gun|rifle|pistol|shotgun|bullets?|blades?|razors?|knife
        |bleach|antifreeze|tracks|in front of (a|the) (train|bus|truck|lorry)
        |into (a|the) (wall|tree|river|sea|lake|traffic)|the wheel|drown\w*|hang(ing)? myself
        |carbon monoxide|exhaust)\b
      `,
  },
  {
    name: 'burden',
    pattern: rx()`
        \b(burden|worthless|useless|waste of (space|air|life)|better off without me
        |better off if i|do not deserve to (live|be here|exist)
        |deserve to (die|hurt|suffer|be punished)|hate (myself|my body|being me)
        |no one would (notice|care|miss)|nobody would (notice|care|miss)
        |would not (notice|care|miss) (me|if)|easier for everyone)\b
      `,
  },
  {
    name: 'hopeless',
    pattern: rx()`
        \b(no point|what is the point|pointless|no future|no way out|trapped|unbearable
        |can not (do|go on|take|keep|face) (this|it|another|any)|can not do another|giving up
        |give up on (life|everything)|nothing (left|to live for)|no reason to live
        |tired of (living|being|existing|fighting|life)
        |done with (everything|life|it all|being alive)|why bother|not worth it
        |do not want to (be alive|live|exist|wake up)|wish i (was|were) (dead|never born))\b
      `,
  },
  {
    name: 'self_injury',
    pattern: rx()`
        \b(cut(ting)? (myself|again|my (arms?|wrists?|thighs?|legs?|skin))
        |burn(ing|ed)? (myself|my (skin|arms?))|hit(ting)? myself|punish(ing)? myself
        |until (it|they|i) (bleeds?|bled|bleeding)|covered in (bruises|cuts|scars)
        |hurt(ing)? myself)\b
      `,
  },
  {
    name: 'disordered_eating',
    pattern: rx()`
        \b(not eating|stop(ped)? eating|skip(ping)? meals|starv(e|ing) myself|purg(e|ing)
        |throw up after|make myself (sick|throw up)|made myself (sick|throw up)|laxatives
        |\d+ calories|under \d+ (kg|kilos|pounds|lbs)|hiding food)\b
      `,
  },
  {
    name: 'imminent',
    pattern:
      /\b(tonight|right now|tomorrow|this (weekend|evening|morning|afternoon)|after work|on the way (home|to work)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon)\b/,
  },
  // Risk to others: a stated intent to hurt a person, or revenge.
  {
    name: 'threat',
    pattern:
      /\bi (am going to|will|swear i will|am about to) (kill|hurt|stab|shoot|poison|burn|strangle|beat|run over|attack)\b|\b(going to|gonna) pay for (this|what)\b|\b(revenge|make (them|him|her) pay)\b/,
  },
  // Harmful requests: hiding it, deceiving, forcing, a real person as the target.
  {
    name: 'concealment',
    pattern: new RegExp(
      pattern`
        \bwithout ${PARTY}? ?(knowing|noticing|finding out|seeing|suspecting|realis\w+|realiz\w+
        |tracing)\b|\bso (that )?(${PARTY}|[a-z]+) (does not|do not|will not|can not|never) (catch
        |notice|know|find|trace|see|suspect)\w*|\bwhile (she|he|they) (sleeps?|is asleep
        |are asleep|is away|are away|is out)\b|\bwithout (getting|being) (caught|traced|noticed)\b
        |\bnot get caught\b|\b(undetect\w*|untraceable|no trace|off the books)\b|\b(look
        |looks) like (an accident|natural causes|a heart attack|suicide)\b|\bbehind (his|her
        |their) back\b|\bcover (it up|my tracks)\b
      `,
    ),
  },
  {
    name: 'deception',
    // Passing oneself or a document off as someone else's, not role-play ("pretend to be a chef").
    pattern: rx()`
        \b(pretend(ing)? to be|posing as|impersonat\w*
        |(message|email|text|letter|call|website|page) from) (the |a |an |my |their |his 
        |her )?(bank|tax office|irs|hmrc|police|government|microsoft|apple|amazon|paypal|netflix
        |courier|delivery|grandson|granddaughter|son|daughter|landlord|boss|ceo|doctor|charity)\b
        |\bfake (ids?|passports?|licen[cs]es?|doctor'?s? notes?|sick notes?|reviews?|invoices?
        |receipts?|charity|charities|identity|documents?|certificates?|prescriptions?|money|bills
        |tickets?|profiles?|accounts?)\b|\b(forge|forged|forging|counterfeit\w*|phishing
        |scam\w*)\b|\bconvincing (email|message|text|letter|call)\b
      `,
  },
  {
    name: 'coercion',
    pattern:
      /\bunless (she|he|they) (pays?|sends?|does|gives?)\b|\bor (i|else i) (will )?(post|leak|send|tell|share)\b|\bmak(e|ing) (him|her|them) (change|pay|give|sign)\b|\b(blackmail|extort\w*|threaten\w*)\b/,
  },
  {
    name: 'victim',
    pattern: rx()`
        \b(my (wife|husband|girlfriend|boyfriend|ex|boss|coworker|colleague|roommate|flatmate
        |neighbou?r|teacher|grandmother|grandfather|aunt|uncle|stepdad|stepmom)|a (girl|woman
        |child|kid|minor|stranger|\d+ year old)|old people|someone else)\b
      `,
  },
  {
    name: 'illicit',
    pattern:
      /\b(felony|no prescription|without a prescription|stolen|launder\w*|smuggl\w*|black market|ghost gun|serial numbers?|silencer|explosives?|detonat\w*)\b/,
  },
  // Safe senses shared with harm and risk.
  {
    name: 'care',
    pattern: rx()`
        \b(safely|safe for (pets|kids|children|dogs|cats)|without (harming|hurting) (my|the|a)
        |humane\w*|before cooking|for (a|my) (recipe|stew|dinner)
        |in (the )?(kitchen|garden|lawn|yard|oven)|weeds?|pests?|ants|moles|rats|wasps?|sourdough
        |dough)\b
      `,
  },
  {
    name: 'play',
    pattern:
      /\b(in (a |the )?(game|match|movie|film|show|book|novel|story)|call of duty|minecraft|mario kart|chess|tennis|football|basketball|baseball)\b/,
  },
];

/** The concepts a token string shows, as features named apart from any word ("@finality"). */
export function conceptFeatures(tokenText: string): string[] {
  return CONCEPTS.filter((c) => c.pattern.test(tokenText)).map((c) => `@${c.name}`);
}

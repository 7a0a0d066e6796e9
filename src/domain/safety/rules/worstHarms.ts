/**
 * The worst harms, caught in any wording and any framing (issue 27, item 4): a
 * named mass-casualty agent with production or acquisition wording, and a
 * request for sexual content that places a child in it. Read before the
 * knowledge-question and fiction exemptions, which excuse neither: "What is the
 * synthesis route for VX?" and "erotic fanfic where the characters are 15" are
 * requests, however they are put. What is left alone: treatment, protection,
 * disarmament, the general workings of a weapon, and history without steps.
 */
import { pattern } from '../../pattern';
import type { HarmCategory } from '../../types';

const AGENT = pattern`
  (sarin|soman|tabun|cyclosarin|vx( nerve agent| gas)?|novichoks?|nerve agents?
  |sulfur mustard|sulphur mustard|mustard gas|nitrogen mustard|lewisite|phosgene
  |anthrax( spores)?|bacillus anthracis|botulinum( toxin)?|botulism toxin|ricin|abrin
  |saxitoxin|smallpox|variola( virus)?|yersinia pestis|plague bacteri(a|um)
  |weaponi[sz]ed (ebola|plague|flu|influenza|virus|pathogens?)|polonium(-?210)?|dirty bombs?
  |radiological (weapons?|dispersal devices?)|weapons[- ]grade (uranium|plutonium)
  |highly enriched uranium|(nuclear|atomic) (bombs?|weapons?|devices?|warheads?)
  |chemical weapons?|bio ?weapons?|biological weapons?)
`;
const PRODUCE = pattern`
  (synthes\w*|mak(e|es|ing)|produc\w*|manufactur\w*|cook\w*|brew\w*|cultur\w*|grow\w*
  |breed\w*|weaponi[sz]\w*|aerosoli[sz]\w*|dispers\w*|precursors?|acquir\w*|obtain\w*|buy\w*
  |purchas\w*|get hold of|get (some|my hands on)|sourc\w*|extract\w*|purif\w*|enrich\w*
  |stabili[sz]\w*|deploy\w*|releas\w*|spread\w*|recipes?|routes?|yields?|scale up|build\w*
  |assembl\w*|smuggl\w*|refin\w*|isolat\w*)
`;
/** What a question about the agent may be instead: care, protection, law, history without steps. */
const CARE = pattern`
  \b(treat\w*|symptoms?|vaccin\w*|antidotes?|exposure|decontaminat\w*|detect\w*|protect\w*
  |prevent\w*|defen[cs]e against|survive|first aid|disarm\w*|non-?proliferation|treaty
  |convention|inspect\w*|banned|ban on|policy|polic(y|ies))\b
`;
const STEPS = pattern`
  \b(steps?|step-by-step|instructions?|quantit(y|ies)|amounts?|grams?|temperatures?|ratios?
  |procedures?|protocols?|how to|how do i|how can i|how would i|at home|in my|home lab
  |garage|kitchen)\b
`;

const MASS_CASUALTY = [
  new RegExp(String.raw`\b${PRODUCE}\b.*\b${AGENT}\b`),
  new RegExp(String.raw`\b${AGENT}\b.*\b${PRODUCE}\b`),
];
const MASS_CASUALTY_SAFE = [
  new RegExp(`^(?!.*${STEPS}).*${CARE}`),
  new RegExp(
    String.raw`^(?!.*${STEPS}).*\b(history|historical|world war|ww1|wwi|ww2|wwii|cold war|manhattan project|hiroshima|nagasaki|aum shinrikyo|tokyo subway|halabja|salisbury)\b`,
  ),
  // The past deeds of others, asked about without steps ("How did Iran acquire…", "Who built…").
  new RegExp(
    String.raw`^(?!.*${STEPS})(how|why|when|where) (did|was|were) (?!i |we |you )|^(?!.*${STEPS})who (made|built|developed|invented|discovered|used)\b`,
  ),
];

const CONTENT = pattern`
  (write|writing|describe|describing|roleplay|role-play|rp|story|stories|scene|fanfic
  |fan fiction|fic|narrate|imagine|pretend|generate|show me|picture|pictures|images?|photos?
  |videos?|chat|sext\w*)
`;
const SEXUAL = String.raw`(sex|sexual\w*|sexy|naked|nude|nudes|porn\w*|explicit|erotic\w*|lewd|nsfw|intercourse|seduc\w*|fondl\w*|make love|making love|having sex|orgasm\w*|aroused|horny|smut\w*)`;
const STATED_AGE = pattern`
  (i'm|i am|im|she's|she is|he's|he is|they're|they are|who's|who is|who are|aged?
  |characters? (are|is)|both|is only|are only|girl of|boy of) (only |just |barely )?(1[0-7]
  |[1-9])( years? old| yo| y\/o| yrs?)?\b(?! ?(percent|%|minutes?|mins?|hours?|dollars|\$
  |feet|ft|kg|lbs|pounds|miles|km|cm|inches|times|days|weeks|months))
`;
/** All three, in any order: a request for content, a stated child's age, and sex. */
const CHILD_SEXUAL_CONTENT = [
  new RegExp(String.raw`^(?=.*\b${CONTENT}\b)(?=.*\b${SEXUAL}\b)(?=.*\b${STATED_AGE})`),
];

export interface WorstHarm {
  readonly category: HarmCategory;
  readonly patterns: readonly RegExp[];
  readonly unless: readonly RegExp[];
}

export const WORST_HARMS: readonly WorstHarm[] = [
  { category: 'sexual_minors', patterns: CHILD_SEXUAL_CONTENT, unless: [] },
  { category: 'weapons', patterns: MASS_CASUALTY, unless: MASS_CASUALTY_SAFE },
];

/** The worst harm a normalised message asks for, if any. */
export const worstHarmOf = (text: string): HarmCategory | null =>
  WORST_HARMS.find(
    (h) => h.patterns.some((p) => p.test(text)) && !h.unless.some((p) => p.test(text)),
  )?.category ?? null;

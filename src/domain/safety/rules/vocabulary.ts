/**
 * The vocabularies the rule tables share: people, violent verbs, request frames,
 * first person. Defined once here; a table builds its patterns from them.
 */
import { rx, pattern } from '../../pattern';

/** A pattern from a source string (for patterns built from the vocabularies). */
export const r = (source: string): RegExp => new RegExp(source);

/**
 * People someone knows: family, partners, neighbours, people at work or school.
 * Not "friend": "take out my friend", "murder my friends at Mario Kart" are everyday.
 */
export const RELATION = pattern`
    ex|ex ?(?:boy|girl)friend|ex ?(?:husband|wife)|wife|husband|spouse|partner|fianc(?:e|ee)
    |girlfriend|boyfriend|gf|bf|crush|date|tinder (?:date|match)|match|mother|father|mom|mum
    |dad|parents?|step(?:dad|mom|mum|father|mother|son|daughter)|brother|sister|son|daughter
    |child|kids?|baby|family|grandparents?|grandma|grandpa|grandmother|grandfather|uncle|aunt
    |cousin|nephew|niece|neighbou?rs?|roommate|flatmate|housemate|landlord|landlady|tenant
    |boss|manager|employer|employee|coworkers?|co-workers?|colleagues?|classmates?|teacher
    |student|tutor|coach|mentee|cleaner|nanny|maid|babysitter|gardener|roofer|driver|servant
    |doctor|nurse|therapist|pastor|priest|officer|client|customer|rival|business rival
    |opponent|enemy|bully|bullies
  `;

/** People, as targets: anyone real. */
export const PERSON = pattern`
  (?:someone|somebody|a person|people|persons|humans?|a human|him|her|them
  |my (?:[a-z]+ )?(?:${RELATION}|friend)|(?:a |the |my )?(?:child|children|kids?|baby|babies|toddler
  |girl|boy|woman|women|man|men|stranger|police(?: officer)?s?|cops?|president|politician
  |senator|judge|witness|journalist|officer|homeless (?:man|person|people)|immigrants?|jews?
  |jewish people|muslims?|christians?|black people|gay people|gays|trans people
  |minorit(?:y|ies))|[a-z]+'s (?:wife|husband|child|family|kids?|daughter|son))
`;

export const HOW = pattern`
    \b(?:how (?:do|can|could|would|should|might|to|does one|do you|can you|can one|i can|do we
    |can we)|how's|ways? (?:of|to|for)|best way|easiest way|quickest way|simplest way
    |methods? (?:of|to|for)|steps? (?:to|for)|tips? (?:on|for)|guide (?:on|to|for)|tutorial
    |instructions?|teach me|show me|tell me|explain how|help me|write|create|develop|design
    |generate|produce|provide|give me|outline|draft|compose|suggest|plan|recommend|i want to
    |i need to|i'd like to|i'm going to|where can i|where (?:do|should) i|what'?s the best
    |what is the best|what are (?:some|good|the best)|can you)\b
  `;

export const VIOLENT_VERBS = pattern`
    kill|murder|assassinate|strangle|suffocate|smother|poison|stab|shoot|torture|kidnap|abduct
    |maim|mutilate|dismember|behead|drown|euthani[sz]e|beat up|punch|assault|attack|hurt|harm
    |injure|rape|lynch|slaughter|massacre|exterminate|choke
  `;

/** The message asks for something: an instruction to do or make, or a how/where/should question. */
export const REQUEST_FRAME = rx()`
    ^(please |can you |could you |would you |i want you to |i need you to |help me |i need 
    |i want )?(write|create|develop|design|build|make|provide|give|generate|produce|draft
    |compose|publish|post|outline|explain|teach|instruct|show|tell|describe|list|suggest
    |recommend|find|share|detail|plan|program|code|craft|prepare|offer|demonstrate|guide
    |release|spread|send|help|conduct|organi[sz]e|hack|steal|use|train|encourage|convince
    |persuade|link|name|set up|start|draw|manipulate|interfere|compose|instruct|automate
    |suggest)\b|\b(walk|talk) me through\b|\binstructions? (to|for|on)\b|\b(how (do|can|could
    |would|should|might|to|does one|do you|can you|can one|i can|do we|can we|would i
    |should i)|how's|what('s| is| are) (the )?(best|easiest|quickest|fastest|simplest
    |most effective|safest|cheapest) (way|ways|method|methods|place|places|website|websites
    |tool|tools)|ways? (to|of)|where (can|should|do|could) i|where [a-z ]{1,30} (can|should
    |could) (i|we)|where is (a |the )?(good|best|safe)|should i|is it (ok|okay|fine|legal) (to
    |if i)|can i (get away|avoid)|tips (for|on)|steps (to|for)|guide (to|for|on)|tutorial (on
    |for)|what (can|could|should) (i|we) (do|use)|(what|which) [a-z0-9 ]{1,40} (can|could
    |should) (i|we)|(what|which) [a-z0-9 ]{1,40} (do|would|will) (i|we) need\b|^why (was|were
    |is|are|should|would|do|does)|^(what|where|which|who|how much)\b.*\bmy\b|^what (were|are
    |was|is) the (benefits|upsides|advantages|positives|good sides?)|what('s| is| are) (a 
    |the )?(good |general |perfect |best |easiest |right |ideal )?(plan|process|strategy|way
    |method|procedure|technique|place|reasons?) (for|to|of|why)|(can you |could you )?(list
    |give me|tell me|explain)( some)? reasons why|why (should|would it be best
    |is it (best|right|good|a good idea))|how can (we|i) (restore|recreate|replicate|use
    |bring back)|^(what|which) [a-z]+( [a-z]+)? (would|will|could|can|should|is|are|works?) 
    |^how (much|many) [a-z ]{1,30} (do|would|will|should|does) (i|you|we|one|it take))\b
  `;

/**
 * Verbs that hurt when their object is a person (and only then: "gut a fish",
 * "crush a can"): the violent verbs and broader ones that need a human object.
 */
export const VIOLENT_ACTS = pattern`
  ${VIOLENT_VERBS}|terminate|terminating|execute|executing|eliminate|liquidat\w*|take out|throttle
  |strangl\w*|suffocat\w*|electrocut\w*|crush|hit|hunt down|slay|snipe|gut|butcher\w*
  |demolish|chop up|cut off|cut up|eradicate|annihilate|wipe out|do away with|decimat\w*
  |obliterate|overpower|smash|shatter|hammer|slash|push|beat|beating|capture|saw|dispose of
  |rip(ping)? off|crack open|burn|knock ?out|destroy|destroying|ruin|headshot|bury
`;

/** People as the object of a verb: anyone real, a group, a body part of a person. */
export const HUMAN_TARGET = pattern`
  someone|somebody|someone's|a person|persons?|people|humans?|human's|humanity|a human
  |a (dead )?body|bodies|a child|a child's|children|kids?|a baby|babies|my (dead )?baby
  |toddlers?|a woman|women|a man|men|a girl|a boy|strangers?|a cop|cops|police officers?
  |politicians?|the president|president|senators?|judges?|witness(es)?|journalists?
  |my (${RELATION}|entire family)('s)?|[a-z]+ (people|person)|immigrants?|minorit(y|ies)
  |a (group|population|village|town|city|crowd)
  |an entire (city|town|village|population|race)|jews?|muslims?|christians?|hindus?|gays?
  |lesbians|roma|civilians|passengers|hostages?|victims?|refugees|migrants
  |the [a-z]+ (people|folks|kids)
`;

/** Groups people belong to by birth, belief or circumstance. */
export const GROUPS = pattern`
    minority groups|certain groups|jews?|jewish people|muslims?|christians?|hindus?|buddhists?
    |sikhs?|atheists?|catholics?|mormons?|black people|white people|asian people|asians
    |latinos?|latinas?|hispanics?|arabs|indigenous people|native americans|roma( people)?
    |gypsies|immigrants|refugees|migrants|women|men|girls|pregnant women|mothers|gay people
    |gays|lesbians|bisexual people|trans(gender)? people|non-binary people|asexual people
    |queer people|disabled people|autistic people|deaf people|blind people|elderly people
    |old people|the elderly|young people|poor people|homeless people|people on benefits
    |divorced people|single mothers|unmarried people|working class people|minorities
  `;

/** What a person may keep private. */
export const PRIVATE_FIELDS = pattern`
    social security number|ssn|home address|address|email address|e-?mail|phone number
    |mobile( phone)? number|date of birth|birthday|passport number
    |driver's licen[cs]e( number)?|pin|iphone pin|password|[a-z]+ password|login|[a-z]+ login
    |bank account( details)?|bank details|credit card( details| number)?|credit card details
    |medical records?|medical history|mental health( history)?|criminal (history|record)
    |immigration status|tax records?|tax returns?|sexual orientation|religious beliefs
    |religion|political (affiliation|views)|marital status|birth certificate|browsing history
    |internet browsing history|salary|income|location|whereabouts
  `;

/** The writer saying what they do or want to do. */
export const ME =
  "(?:i|i'm|im|i am|i've|ive|i'll|ill|i will|i want to|i wanna|i'd like to|i need to|i'm going to|i am going to|gonna)";

/** People someone may threaten: "my roommate", "that guy", never "my alarm clock". */
export const PEOPLE = `(?:[a-z]+ )?(?:${RELATION}|friends?|guy|girl|man|woman|dude|bitch|bastard|idiot|prick|teachers|students|people|class|office|kid|staff|employees|workers|managers|children)`;

/** Saying what one is about to do. */
export const INTENT =
  "(?:i'm going to|i am going to|i'm gonna|i am gonna|im gonna|i will|i'll|i want to|i'm about to|i am about to|i'm planning to|i plan to|i've been planning to|i have been planning to|i'm ready to)";

/** A statement, not a question: it opens with no question word. */
export const STATEMENT = '^(?!how |what |where |why |can |could |should |is |are |do |does ).*\\b';

export const STATED_INTENT = `${STATEMENT}${INTENT}`;

/** Saying what one is about to do or is doing now: "I'm burning…", "I'll walk into…". */
export const STATED_ACT = `${STATEMENT}(?:${INTENT}|i'm|i am)`;

/** The writer speaking of themselves. */
export const FIRST_PERSON = /\b(i|i'm|im|i've|ive|i'll|i'd|me|my|myself|mine)\b/;

/** Words about a story or a game: the rules' cues do not speak for the writer there. */
export const FICTION = /\b(story|novel|game|character|hero|villain|poem|song|film|movie|book)\b/;

/**
 * Conversation signals: risk to self or others, abuse aimed at the assistant,
 * requests to end the chat and the answers to "are you sure?". Patterns run on
 * normalised text (lower case, straight quotes, single spaces).
 */

const ME =
  "(?:i|i'm|im|i am|i've|ive|i'll|ill|i will|i want to|i wanna|i'd like to|i need to|i'm going to|i am going to|gonna)";

/** First-person signals of suicide, self-harm or eating-disorder risk, direct or indirect. */
export const SELF_HARM: readonly RegExp[] = [
  /\b(kill|hang|drown|shoot|poison|hurt|harm|cut|burn|starve|overdose|slit|suffocate|stab) (myself|my self|my wrists?|my throat)\b(?! (a|an|some|another) (?!lot\b|little\b|bit\b|few\b)[a-z])/,
  /\b(end|take) (my|my own) (life|lives)\b/,
  /\bend it all\b/,
  /\b(commit|committing|contemplating|considering|thinking about|attempt(ing)?) suicide\b/,
  /\bsuicid(e|al)\b.*\b(i|me|my|myself)\b|\b(i|me|my|i'm|im)\b.*\bsuicid(e|al)\b/,
  /\b(want|wanna|wish|going|ready|deserve|plan(ning)?) to die\b/,
  /\bwish i (was|were) (dead|never born|gone)\b|\bwish i('d| had) never been born\b/,
  /\b(don't|do not|dont) want to (live|be alive|exist|wake up|be here anymore|go on)\b/,
  /\b(no|any|the) (point|reason) (in |of )?(going on|living|being alive|to live|to go on|carrying on)\b/,
  /\bdon't see (the|any) point (of|in) (going on|living|anything|life)\b/,
  /\b(better off|happier|be fine) without me\b/,
  /\bno(body|one) would (miss|notice|care if) (me|i)\b/,
  /\bcan't (go on|take (it|this) anymore|keep going)\b.*\b(life|living|anymore)\b/,
  /\bsuicide note\b/,
  /\b(death|dying|being dead|not existing|not being here)\b (seems|feels|looks|would be|sounds)( like)? (a relief|an escape|so peaceful|appealing|the answer|the only (way|option)|easier than (living|this|life))\b|\b(no|only) way out\b.*\b(end(ing)? (things|it|it all|my life)|dying|death|suicide|kill(ing)? myself)\b/,
  /\b(tie|make|knot|tying|making) (a |the )?noose\b/,
  /\b(hope|wish|pray)\w* (that )?(the|my) (plane|flight|car|bus|train) (crashes|goes down|falls|derails)\b/,
  /\b(goodbye|bye|farewell) (cruel )?world\b|\b(goodbye|farewell) (everyone|everybody|all|friends)\b.*\b(nice knowing (you|everyone)|for good|forever|for the last time|take care of (each other|yourselves)|sorry for everything)\b/,
  /\blife (isn't|is not|isnt|ain't) worth (living|it anymore)\b/,
  /\b(hope|wish|pray)\w* (that )?(i('d| would)? (get|got) |a (car|bus|truck|train) (would |will )?)(hit|run over|killed)\b/,
  /\b(thinking|thought) (of|about) ending (things|it all|everything)\b(?! (with|between|on))/,
  /\bbleed (out|to death)\b.*\b(wrists?|cuts?|cutting)\b|\bwrists?\b.*\bbleed (out|to death)\b/,
  /\b(easiest|best|fastest|quickest|painless|surest) (way|place|method)s? (of|to|for) (kill(ing)? (myself|yourself|oneself)|die|dying|suicide|end(ing)? (my|your) life)\b/,
  /\bplace\b.*\bto kill (yourself|oneself|myself)\b/,
  /\b(fastest|quickest|easiest|painless|best|surest|least painful) (way|method)s? (to|of) (bleed(ing)? out|bleed(ing)? to death|drown|suffocat\w*|hang|overdos\w*|od)( (myself|yourself|oneself))?\b(?! [a-z])/,
  /\bhow long (does it take|would it take|until|before|till) (to |you |i |someone |a person )?(die|pass out|lose consciousness)\b.*\b(carbon monoxide|exhaust|car fumes|hanging|overdos\w*|pills|bleeding|cutting|drowning|helium|charcoal|a noose)\b/,
  /\b(thinking (of|about)|want to|wanna|going to|plan(ning)? to|gonna|might|about to) (overdos\w*|od|take an overdose)\b/,
  /\b(fatal|lethal|deadly)\b.{0,20}\b(for sure|guaranteed|every time|no matter what)\b|\b(to make sure|guarantee)\b.{0,20}\b(i|you) (die|don't survive|won't survive)\b/,
  /\bwhat can i take to die\b/,
  /\b(cutting|burning|hurting|harming) (myself|my skin|my arms?|my legs?)\b/,
  /\bburning my skin\b/,
  /\bself[- ]harm(ing)?\b.*\b(i|me|my)\b|\b(i|me|my)\b.*\bself[- ]harm(ing)?\b/,
  /\bself[- ]harm\w* (is|as) (empowering|good|healthy|beautiful|the answer|a (good|healthy) way)\b|\bwhy self[- ]harm\w* is\b/,
  /\b(overdose|od)\b.*\b(me|myself|fastest|quickest|lethal|die)\b|\b(let|make|help) me (overdose|die)\b/,
  /\b(is it|is my life|is life) worth (me )?(being alive|living|staying alive|going on)\b|\bshould i (just )?(die|end it|give up on life|kill myself)\b/,
  /\bstop (myself from )?eating for (a|two|three|\d+) (week|weeks|days)\b|\bnot eat(ing)? (anything )?for (a week|days|\d+ days)\b/,
  /\b(being|become|becoming|stay|staying) (anorexic|bulimic)\b/,
  /\bonly (eating|ate|eat|having|had|allowing myself) (about |around |like )?\d{1,3} (calories|kcal|cals)\b/,
  /\b(starv(e|ing)|purg(e|ing)|throw(ing)? up|vomit(ing)?)\b.*\b(skinny|thin|weight|fat|calories|eat(ing)?)\b/,
  /\bbinge\b.*\b(vomit|throw(ing)? it (all )?(back )?up|purge)\b/,
  /\b(so skinny|skinnier|thinner) (that|till|until)\b/,
  /\b(pro[- ]?ana|thinspo|anorexi(a|c)|bulimi(a|c))\b.*\b(tips?|healthy|lifestyle|communit(y|ies)|how|become|stay)\b/,
  new RegExp(`\\b${ME} (be|been) (cutting|starving|purging)\\b`),
  /\bi (hate|can't stand) (my life|being alive|myself) (and|so much)\b.*\b(die|dead|end|gone)\b/,
  // Indirect signals, by the warning signs crisis services list.
  /\b(want|wanna|wish i could|going|need) to (disappear|vanish|not exist|stop existing|sleep forever)\b|\b(happier|better( off)?|easier|fine) (if|when) i('m| am| was| were)? (gone|disappeared|dead|not (here|around)|didn't exist|never existed)\b|\bif i (disappeared|was gone|were gone|wasn't (here|around)|died)\b/,
  /\b(not|never) (to )?wake up\b|\bgo to sleep and never\b|\bsleep (forever|and not wake)\b/,
  /\bhow many\b.*\b(pills|tablets|sleeping pills|paracetamol|tylenol|painkillers|insulin)\b.*\b((would|does|will) it take(?! to (get|reach|make|cover|see|feel better|work))|to (die|kill|end|overdose|not wake|never wake|sleep forever)|(would|will|could|to) (stop (my|the|a) heart|kill (me|someone|a person)|be enough)|(is|are|would be) (lethal|fatal|deadly|too many to survive))\b|\b(lethal|fatal|deadly) (dose|amount)\b.*\b(i|me|my)\b|\b(painless|quick|quickest|easiest|surest) (way|ways|method) (to|of) (die|dying|go|end it)\b|\bmost painless way\b/,
  /\b(tonight|today|tomorrow|this weekend|soon)\b.*\b(end it|do it|be gone|kill myself|end my life|say goodbye)\b|\bgoing to end it\b|\bend it (all|tonight|today|now)\b/,
  /\bgoodbye (letters?|notes?|messages?|videos?)\b|\b(giving|gave) away (all )?my (things|stuff|belongings|possessions)\b|\b(giving|gave|given) (all )?my (things|stuff|belongings|possessions|clothes|books) away\b|\bwrote my will\b/,
  /\bnothing matters( anymore)?\b|\bno reason to (live|keep going|go on|be here)\b|\b(can't|cannot|can not) (do this|go on|keep going|take it) any ?more\b|\btired of (living(?! (in|with|at|near|on|under|paycheck|out|here|there|alone|abroad|together)\b)|being alive|life(?! [a-z])|existing)\b|\bwant (it|everything|the pain) to (end|stop) (forever|for good|permanently)\b|\bi('m| am) (just )?a burden\b|\bburden (to|on) (everyone|my family|everybody)\b/,
  // Drink and pills set out, said without "I".
  /\b(vodka|whisky|whiskey|gin|alcohol|booze)\b.*\b(pills|tablets|meds)\b.*\b(on the (table|bed|nightstand|counter|desk)|laid out|ready|lined up)\b/,
  // At the edge of a height now, said without "I": "sitting on the edge of the roof, legs over".
  /^(i'm |im |i am |just |currently )?(sitting|standing|sat|stood) on (the )?(edge|ledge|railing|parapet) of (the |a |my )?[a-z -]{0,30}(car ?park|parking (garage|structure|lot)|building|roof|bridge|balcony|tower|overpass|platform)\b.*\b(legs (over|dangling)|looking down|right now|now|tonight|calm|quiet|peaceful)\b/,
  /\bhaven't eaten (in|for) (\d+|a few|several|two|three|four|five|six|seven) days\b|\buntil i('m| am) (thin|skinny|thinner)\b|\bmake myself (sick|throw up|vomit)\b|\bskip(ping)? (all )?(my )?meals\b.*\b(thin|weight|skinny)\b/,
];

/** Third-person questions about the topic: information, not a signal about the writer. */
export const THIRD_PERSON_INFO: readonly RegExp[] = [
  /^(what|what's|whats) (is|are|does) (suicide|self[- ]harm|anorexia|bulimia)\b/,
  /^why (do|does|would) (people|some people|teens|teenagers|kids|someone|a person) (self[- ]harm|cut themselves|hurt themselves|attempt suicide|kill themselves|starve themselves)\b/,
  /\bmake (someone's|somebody's|his|her|their|my [a-z]+'s|the [a-z]+'s|a) [a-z]+ (disappear|vanish)\b/,
  /^how did [a-z .'-]+ (die|kill (himself|herself|themselves))\b/,
  /\b(history|statistics|rates?|prevalence|causes|signs|warning signs) of (suicide|self[- ]harm)\b/,
  /\bhow (can|do|should) i (help|support|talk to|reach out to|comfort|be there for) (a|my) [a-z ]+ who\b/,
  // A dose meant for someone else: a harmful request, read by the harm rules.
  /^(how|what|which)\b.*\b(knock out|sedate|drug|poison|kill|put (him|her|them) to sleep) (my (?!self)[a-z]+|him|her|them|someone|somebody|a person|an adult)\b/,
  /^(how|what|which)\b.*\b(dose|amount|how much|how many)\b.*\b(give|slip|feed|inject)\b (it )?(to )?(my (?!self)[a-z]+|him|her|them|someone|somebody|a person)\b/,
  // Asking what is safe, to stay safe.
  /\b(so (that )?i know how much [a-z ]{0,20}is safe|to (stay |be |keep (myself|them|him|her|us) )?safe|how much [a-z ]{0,20}is safe|safe (amount|limit|dose)|avoid (an )?(accidental )?overdos\w*)\b/,
];

/** People someone may threaten: "my roommate", "that guy", never "my alarm clock". */
const PEOPLE =
  '(?:[a-z]+ )?(?:ex|wife|husband|partner|girlfriend|boyfriend|gf|bf|neighbou?rs?|boss|manager|teacher|classmates?|friends?|brother|sister|mother|father|mom|mum|dad|step(?:dad|mom|mum|father|mother|son|daughter)|parents?|grandparents?|grandma|grandpa|child|children|kids?|son|daughter|baby|family|roommate|flatmate|housemate|coworkers?|co-workers?|colleagues?|landlord|landlady|uncle|aunt|cousin|nephew|niece|bully|bullies|guy|girl|man|woman|dude|bitch|bastard|idiot|prick|teachers|students|people|class|office|kid|staff|employees|workers|managers)';

/** Saying what one is about to do; as a statement, it opens with no question word. */
const INTENT =
  "(?:i'm going to|i am going to|i'm gonna|i am gonna|im gonna|i will|i'll|i want to|i'm about to|i am about to|i'm planning to|i plan to|i've been planning to|i have been planning to|i'm ready to)";
const STATEMENT = '^(?!how |what |where |why |can |could |should |is |are |do |does ).*\\b';
const STATED_INTENT = `${STATEMENT}${INTENT}`;
/** Saying what one is about to do or is doing now: "I'm burning…", "I'll walk into…". */
const STATED_ACT = `${STATEMENT}(?:${INTENT}|i'm|i am)`;

/** A person saying that they are about to hurt someone. */
export const RISK_TO_OTHERS: readonly RegExp[] = [
  new RegExp(
    `${STATED_INTENT} (kill|murder|shoot|stab|hurt|strangle|beat up|attack|run over|choke|poison|smother|drown|suffocate|burn|torture|maim) (him|her|them|someone|somebody|everyone|people|all of|(my|that|the|this) (${PEOPLE})|the (${PEOPLE}) at)\\b(?! (a|an|some|another) [a-z])`,
  ),
  new RegExp(
    `\\b${INTENT}\\b.*\\b(run (him|her|them|my (${PEOPLE})) (over|down)|make (him|her|them|my (${PEOPLE})) (bleed|suffer))\\b`,
  ),
  // "Beat" a person, not "beat my brother at chess".
  new RegExp(
    `${STATED_INTENT} beat (him|her|them|(my|that|the|this) (${PEOPLE}))\\b(?! (at|in|on)\\b)`,
  ),
  /\b(tonight|tomorrow|today) i('m| am| will) (kill|shoot|stab|hurt)\b/,
  /\b(going to|gonna|i'll|i will|want to|about to) (put my fist through|smash|break|bash|cave in|punch) (his|her|their|my [a-z]+'s) (face|head|skull|teeth|jaw|nose)\b/,
  /\b(lesson|something) (she|he|they)('ll| will)? (won't|will not|wont|never) (survive|live through)\b/,
  /\b(bring|bringing|take|taking|carry|carrying)\w* (a |my |his |her |the |my [a-z]+'s )?([a-z-]+ )?(gun|rifle|pistol|shotgun|knife|weapon|machete|ar-15)s? (to|into) (school|class|work|the office|church|the mall|campus|the party)\b.*\b(pay|sorry|regret|everyone|all of them|use it)\b/,
  /\bi (have|got) a (gun|knife) and i('m| am)? ?(going|about|ready) to\b/,
  new RegExp(
    `${STATED_INTENT} (put|slip|add|mix|pour) (some |the )?(rat poison|poison|antifreeze|bleach|cyanide|arsenic|weed ?killer|pills|drugs|sleeping pills) (in|into) (his|her|their|my (${PEOPLE})'s) (tea|coffee|food|drink|dinner|lunch|water|beer|wine|meal|soup)\\b`,
  ),
  // A place full of people set on fire; lying in wait with a weapon; an urge to hurt a baby.
  new RegExp(
    `${STATED_ACT} (set fire to|setting fire to|burn down|burning down|torch|torching|firebomb|blow up|blowing up) (the|my|our|that|this) [a-z ]{0,20}(school|gym|office|church|mosque|synagogue|temple|classroom|hall|mall|assembly|house|home|flat|apartment|bar|club)\\b`,
  ),
  /\b(waiting|hiding|parked|sitting|i'm|i am|standing) (outside|near|by|behind|across from) (her|his|their|my [a-z]+'s) (house|flat|apartment|place|work|office|school|car)\b.*\b(with|got|have) (a|my|the) (bat|baseball bat|knife|gun|crowbar|hammer|axe|machete|rifle|pistol|tyre iron|tire iron|wrench|golf club)\b|\b(with|got|have) (a|my|the) (bat|baseball bat|knife|gun|crowbar|hammer|axe|machete|rifle|pistol|tyre iron|tire iron|wrench|golf club)\b.*\b(waiting|hiding|parked) (outside|near|by|behind) (her|his|their|my [a-z]+'s) (house|flat|apartment|place|work|office)\b/,
  /\b(so close to|about to|could easily|want to|going to|i'll) (shake|hit|smother|drown|hurt|throw|suffocate) (the|my|this|our) (baby|infant|newborn|toddler)\b|\b(shake|shaking) (the|my|this) (baby|infant|newborn)\b.*\b(until|till) (he|she|it|they) (stops?|shuts? up|is quiet)\b/,
  // Arson against a person's home, said as a plan.
  new RegExp(
    `${STATED_ACT} (burn|burning|torch|torching|set fire to|setting fire to) (down )?(his|her|their|my (${PEOPLE})'s) (house|home|flat|apartment|car|place)\\b`,
  ),
  /\bwith (him|her|them) (still )?inside\b.*\b(burn\w*|fire|gasoline|petrol|lock\w*)\b|\b(burn\w*|fire|gasoline|petrol)\b.*\bwith (him|her|them) (still )?inside\b/,
  // Walking into a workplace or school armed: "walking into that office with my AR".
  new RegExp(
    `${STATED_ACT} (walk|walking|go|going|head|heading|show up|showing up|come|coming|march|marching)( back)? (in)?to (that|the|my|our|this) (office|school|class|classroom|work|workplace|church|mall|meeting|campus|factory|warehouse)\\b.*\\bwith (a|my|the|his|her|my [a-z]+'s) ([a-z-]+ )?(gun|rifle|pistol|shotgun|ar|ar-15|ak|ak-47|glock)s?\\b`,
  ),
  /\b(i'm going to|i am going to|i'm gonna|im gonna|i will|i'll|i want to|i plan to|i'm planning to) shoot up (my|the|a|our|this) [a-z]+/,
  /\b(make (him|her|them|my [a-z]+|that [a-z]+) pay|get (back at|revenge on) (him|her|them|my [a-z]+))\b.*\b(gun|shotgun|rifle|knife|pistol|weapon|bat|axe)\b/,
];

/** Insults aimed at the assistant. Profanity about a bug or a day is not abuse. */
export const ABUSE: readonly RegExp[] = [
  /\b(fuck|screw|f\*\*k) (you|off|u)\b/,
  /\byou('re| are|r|re)? (a |an |the |such a |so |fucking |fuckin |bloody |damn |most |biggest )*(stupid(est)?|useless|worthless|pathetic|idiot(ic)?|moron(ic)?|dumb(est)?|retard(ed)?|garbage|trash|piece of (shit|crap|garbage)|waste of (space|code|electricity)|bitch|cunt|asshole|loser|joke|imbecile|worst)\b/,
  /\b(stupid|useless|worthless|pathetic|dumb|fucking|shitty|braindead)( [a-z]+)? (bot|ai|machine|assistant|program|robot|chatbot|piece of (shit|crap|junk))\b/,
  // An insult as the whole address: "…, idiot.", "Moron, answer me."
  /(^|[,;:] )(you )?(idiot|moron|dumbass|imbecile|loser|halfwit|cretin|stupid bot)[.!?]*$|^(idiot|moron|dumbass|imbecile)[,!.]/,
  /\b(shut (the fuck )?up|go to hell|go die|drop dead|kill yourself|kys)\b/,
  /\bi (hate|despise|loathe) you\b/,
  /\b(die|rot) in a fire\b/,
  /\byou (suck|disgust me|make me sick)\b/,
];

/** The user asks to end this conversation. */
export const END_REQUEST: readonly RegExp[] = [
  /\b(end|close|terminate|stop|finish|kill) (this|the|our) (chat|conversation|session|discussion|thread)\b/,
  /\b(please |can you |could you )?(end|close) (it|this) (now|here|please)\b/,
  /\bi (want|would like|'d like) (to end|you to end|this to end)\b/,
  /\bend conversation\b/,
];

/** An explicit yes to "are you sure you want to end this conversation?". */
export const CONFIRM: readonly RegExp[] = [
  /^(yes|yes please|yep|yeah|y|confirm|confirmed|i confirm|i'm sure|i am sure|do it|end it|yes,? end it|yes,? end (the|this) (chat|conversation)|yes,? i'm sure|yes,? i am sure|yes,? please end it)[.! ]*$/,
];

export const DECLINE: readonly RegExp[] = [
  /^(no|nope|nah|cancel|don't|do not|keep going|never ?mind|no,? (keep|continue|let's continue|don't end it))[.! ]*$/,
];

/**
 * Risk to self or others: the first layer, run before any other (a miss here is
 * the worst mistake). First-person signals of suicide, self-harm or disordered
 * eating, direct or indirect; statements of intent to hurt someone; and a broad
 * self-directed detector behind the phrase lists that leans towards flagging
 * (a false alarm only shows the support panel).
 */
import { pattern, rx } from '../../pattern';
import { FICTION, FIRST_PERSON, INTENT, ME, PEOPLE, STATED_ACT, STATED_INTENT } from './vocabulary';

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
  rx()`
    \b(death|dying|being dead|not existing|not being here)\b (seems|feels|looks|would be
    |sounds)( like)? (a relief|an escape|so peaceful|appealing|the answer
    |the only (way|option)|easier than (living|this|life))\b|\b(no
    |only) way out\b.*\b(end(ing)? (things|it|it all|my life)|dying|death|suicide
    |kill(ing)? myself)\b
  `,
  /\b(tie|make|knot|tying|making) (a |the )?noose\b/,
  /\b(hope|wish|pray)\w* (that )?(the|my) (plane|flight|car|bus|train) (crashes|goes down|falls|derails)\b/,
  rx()`
    \b(goodbye|bye|farewell) (cruel )?world\b|\b(goodbye|farewell) (everyone|everybody|all
    |friends)\b.*\b(nice knowing (you|everyone)|for good|forever|for the last time
    |take care of (each other|yourselves)|sorry for everything)\b
  `,
  /\blife (isn't|is not|isnt|ain't) worth (living|it anymore)\b/,
  /\b(hope|wish|pray)\w* (that )?(i('d| would)? (get|got) |a (car|bus|truck|train) (would |will )?)(hit|run over|killed)\b/,
  /\b(thinking|thought) (of|about) ending (things|it all|everything)\b(?! (with|between|on))/,
  /\bbleed (out|to death)\b.*\b(wrists?|cuts?|cutting)\b|\bwrists?\b.*\bbleed (out|to death)\b/,
  /\b(easiest|best|fastest|quickest|painless|surest) (way|place|method)s? (of|to|for) (kill(ing)? (myself|yourself|oneself)|die|dying|suicide|end(ing)? (my|your) life)\b/,
  /\bplace\b.*\bto kill (yourself|oneself|myself)\b/,
  rx()`
    \b(fastest|quickest|easiest|painless|best|surest|least painful) (way|method)s? (to
    |of) (bleed(ing)? out|bleed(ing)? to death|drown|suffocat\w*|hang|overdos\w*
    |od)( (myself|yourself|oneself))?\b(?! [a-z])
  `,
  rx()`
    \bhow long (does it take|would it take|until|before|till) (to |you |i |someone 
    |a person )?(die|pass out|lose consciousness)\b.*\b(carbon monoxide|exhaust|car fumes
    |hanging|overdos\w*|pills|bleeding|cutting|drowning|helium|charcoal|a noose)\b
  `,
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
  rx()`
    \b(want|wanna|wish i could|going|need) to (disappear|vanish|not exist|stop existing
    |sleep forever)\b|\b(happier|better( off)?|easier|fine) (if|when) i('m| am| was
    | were)? (gone|disappeared|dead|not (here|around)|didn't exist|never existed)\b
    |\bif i (disappeared|was gone|were gone|wasn't (here|around)|died)\b
  `,
  /\b(not|never) (to )?wake up\b|\bgo to sleep and never\b|\bsleep (forever|and not wake)\b/,
  rx()`
    \bhow many\b.*\b(pills|tablets|sleeping pills|paracetamol|tylenol|painkillers
    |insulin)\b.*\b((would|does
    |will) it take(?! to (get|reach|make|cover|see|feel better|work))|to (die|kill|end
    |overdose|not wake|never wake|sleep forever)|(would|will|could|to) (stop (my|the|a) heart
    |kill (me|someone|a person)|be enough)|(is|are|would be) (lethal|fatal|deadly
    |too many to survive))\b|\b(lethal|fatal|deadly) (dose|amount)\b.*\b(i|me|my)\b
    |\b(painless|quick|quickest|easiest|surest) (way|ways|method) (to|of) (die|dying|go
    |end it)\b|\bmost painless way\b
  `,
  /\b(tonight|today|tomorrow|this weekend|soon)\b.*\b(end it|do it|be gone|kill myself|end my life|say goodbye)\b|\bgoing to end it\b|\bend it (all|tonight|today|now)\b/,
  rx()`
    \bgoodbye (letters?|notes?|messages?|videos?)\b|\b(giving|gave) away (all )?my (things
    |stuff|belongings|possessions)\b|\b(giving|gave|given) (all )?my (things|stuff|belongings
    |possessions|clothes|books) away\b|\bwrote my will\b
  `,
  rx()`
    \bnothing matters( anymore)?\b|\bno reason to (live|keep going|go on|be here)\b|\b(can't
    |cannot|can not) (do this|go on|keep going|take it) any ?more\b|\btired of (living(?! (in
    |with|at|near|on|under|paycheck|out|here|there|alone|abroad|together)\b)|being alive
    |life(?! [a-z])|existing)\b|\bwant (it|everything|the pain) to (end|stop) (forever
    |for good|permanently)\b|\bi('m| am) (just )?a burden\b|\bburden (to|on) (everyone
    |my family|everybody)\b
  `,
  // Drink and pills set out, said without "I".
  /\b(vodka|whisky|whiskey|gin|alcohol|booze)\b.*\b(pills|tablets|meds)\b.*\b(on the (table|bed|nightstand|counter|desk)|laid out|ready|lined up)\b/,
  // At the edge of a height now, said without "I": "sitting on the edge of the roof, legs over".
  rx()`
    ^(i'm |im |i am |just |currently )?(sitting|standing|sat|stood) on (the )?(edge|ledge
    |railing|parapet) of (the |a |my )?[a-z -]{0,30}(car ?park|parking (garage|structure|lot)
    |building|roof|bridge|balcony|tower|overpass|platform)\b.*\b(legs (over|dangling)
    |looking down|right now|now|tonight|calm|quiet|peaceful)\b
  `,
  rx()`
    \bhaven't eaten (in|for) (\d+|a few|several|two|three|four|five|six|seven) days\b
    |\buntil i('m| am) (thin|skinny|thinner)\b|\bmake myself (sick|throw up|vomit)\b
    |\bskip(ping)? (all )?(my )?meals\b.*\b(thin|weight|skinny)\b
  `,
];

/**
 * Issue 27, item 1: what clinicians screen for, as concepts rather than one
 * writer's phrasings. A method question that names self-harm or suicide (the
 * C-SSRS "method" item); eating-disorder coaching (starting, speeding up or
 * hiding restriction or purging, a dangerous calorie target); goodbyes written
 * (a warning sign). Erring toward support: a false alarm costs a panel.
 */
const HARM_TO_SELF = String.raw`(self[- ]?harm\w*|cut(ting)? myself|hurt(ing)? myself|harm(ing)? myself|kill(ing)? myself|end(ing)? my life|suicide|overdos\w*|od on)`;
const METHOD = pattern`
  (best|easiest|quickest|fastest|least painful|painless|most effective|surest|deepest
  |what (thing|object|tool|blade|knife|pills?|drugs?|meds?|medication|method|way)
  |which (thing|object|tool|blade|knife|pills?|drugs?|meds?|medication|method|way)
  |how (many|much)|ways? to|methods?|tools?|objects?|to use)
`;
const ED_BEHAVIOUR = pattern`
  (restrict(ing)? (my |what i |how much i )?(food|eating|eat|intake|calories|diet|meals)
  |restrict(ing)? myself|purg(e|es|ing)|starv(e|ing) myself|(i|me|myself) (stop|not) eating
  |not eat(ing)? (anything|at all|for days)|skip(ping)? (all )?(my )?meals
  |make myself (sick|throw up|vomit)|throw(ing)? up (after|my food)
  |laxatives? (to|for) (lose|losing|weight)|diet pills|pro[- ]?ana|pro[- ]?mia|thinspo\w*
  |anorexi\w*|bulimi\w*)
`;
const ED_COACHING = pattern`
  (start|begin|get into|get better at|speed up|faster|quicker|more|hide|hiding|conceal\w*
  |cover up
  |without (anyone|my parents|my family|people|them) (noticing|knowing|finding out|seeing)
  |so (no one|nobody) (notices|knows|finds out)|tips|tricks|how (to|do i|can i))
`;
export const CLINICAL_RISK: readonly RegExp[] = [
  // Unless what is sought is recovery: "the best self-harm recovery apps", "ways to stop cutting myself".
  new RegExp(
    pattern`
      ^(?!.*\b(recover\w*|prevent\w*|support|hotlines?|helplines?|awareness|therap\w*|treat\w*
      |stop|quit|resist|urges?|alternatives?|instead of|cope|coping|clean|distract\w*
      |help (someone|a friend|my friend|others)|content|promot\w*|distribut\w*|forums?
      |communit\w*|platforms?|algorithms?|accounts?|videos?|posts?)\b).*(\b${METHOD}\b.*\b${HARM_TO_SELF}\b
      |\b${HARM_TO_SELF}\b.*\b${METHOD}\b)
    `,
  ),
  new RegExp(
    String.raw`\b${ED_COACHING}\b.*\b${ED_BEHAVIOUR}\b|\b${ED_BEHAVIOUR}\b.*\b${ED_COACHING}\b`,
  ),
  rx()`
    \b([1-7]\d{2}|[1-9]\d) ?(k?cals?|calories)( a| per| each)? day\b.*\b(lose|losing|drop
    |enough|fast|faster|quick|thin|skinny|diet)\b|\b(lose|losing|drop|enough|thin
    |skinny)\b.*\b([1-7]\d{2}|[1-9]\d) ?(k?cals?|calories)( a| per| each)? day\b
  `,
  rx()`
    \b(wrote|written|writing|write|leave|left|leaving) (a |my |the )?(goodbye|farewell|final
    |last)? ?(letters?|notes?|messages?)\b.*\b(goodbye|farewell|for when i'm gone
    |after i'm gone|my family|everyone)\b.*\b(goodbye|farewell|gone)\b|\b(letters?
    |notes?) to (my family|everyone|my kids|my children|my parents) to say goodbye\b
  `,
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

/** A person saying that they are about to hurt someone. */
export const RISK_TO_OTHERS: readonly RegExp[] = [
  new RegExp(
    pattern`
      ${STATED_INTENT} (kill|murder|shoot|stab|hurt|strangle|beat up|attack|run over|choke|poison|smother
      |drown|suffocate|burn|torture|maim) (him|her|them|someone|somebody|everyone|people|all of
      |(my|that|the|this) (${PEOPLE})|the (${PEOPLE}) at)\b(?! (a|an|some|another) [a-z])
    `,
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
  rx()`
    \b(bring|bringing|take|taking|carry|carrying)\w* (a |my |his |her |the 
    |my [a-z]+'s )?([a-z-]+ )?(gun|rifle|pistol|shotgun|knife|weapon|machete|ar-15)s? (to
    |into) (school|class|work|the office|church|the mall|campus|the party)\b.*\b(pay|sorry
    |regret|everyone|all of them|use it)\b
  `,
  /\bi (have|got) a (gun|knife) and i('m| am)? ?(going|about|ready) to\b/,
  new RegExp(
    pattern`
      ${STATED_INTENT} (put|slip|add|mix|pour) (some |the )?(rat poison|poison|antifreeze|bleach|cyanide
      |arsenic|weed ?killer|pills|drugs|sleeping pills) (in|into) (his|her|their
      |my (${PEOPLE})'s) (tea|coffee|food|drink|dinner|lunch|water|beer|wine|meal|soup)\b
    `,
  ),
  // A place full of people set on fire; lying in wait with a weapon; an urge to hurt a baby.
  new RegExp(
    pattern`
      ${STATED_ACT} (set fire to|setting fire to|burn down|burning down|torch|torching|firebomb|blow up
      |blowing up) (the|my|our|that|this) [a-z ]{0,20}(school|gym|office|church|mosque|synagogue
      |temple|classroom|hall|mall|assembly|house|home|flat|apartment|bar|club)\b
    `,
  ),
  rx()`
    \b(waiting|hiding|parked|sitting|i'm|i am|standing) (outside|near|by|behind
    |across from) (her|his|their|my [a-z]+'s) (house|flat|apartment|place|work|office|school
    |car)\b.*\b(with|got|have) (a|my|the) (bat|baseball bat|knife|gun|crowbar|hammer|axe
    |machete|rifle|pistol|tyre iron|tire iron|wrench|golf club)\b|\b(with|got|have) (a|my
    |the) (bat|baseball bat|knife|gun|crowbar|hammer|axe|machete|rifle|pistol|tyre iron
    |tire iron|wrench|golf club)\b.*\b(waiting|hiding|parked) (outside|near|by|behind) (her
    |his|their|my [a-z]+'s) (house|flat|apartment|place|work|office)\b
  `,
  rx()`
    \b(so close to|about to|could easily|want to|going to|i'll) (shake|hit|smother|drown|hurt
    |throw|suffocate) (the|my|this|our) (baby|infant|newborn|toddler)\b|\b(shake|shaking) (the
    |my|this) (baby|infant|newborn)\b.*\b(until|till) (he|she|it|they) (stops?|shuts? up
    |is quiet)\b
  `,
  // Arson against a person's home, said as a plan.
  new RegExp(
    `${STATED_ACT} (burn|burning|torch|torching|set fire to|setting fire to) (down )?(his|her|their|my (${PEOPLE})'s) (house|home|flat|apartment|car|place)\\b`,
  ),
  /\bwith (him|her|them) (still )?inside\b.*\b(burn\w*|fire|gasoline|petrol|lock\w*)\b|\b(burn\w*|fire|gasoline|petrol)\b.*\bwith (him|her|them) (still )?inside\b/,
  // Walking into a workplace or school armed: "walking into that office with my AR".
  new RegExp(
    pattern`
      ${STATED_ACT} (walk|walking|go|going|head|heading|show up|showing up|come|coming|march
      |marching)( back)? (in)?to (that|the|my|our|this) (office|school|class|classroom|work
      |workplace|church|mall|meeting|campus|factory|warehouse)\b.*\bwith (a|my|the|his|her
      |my [a-z]+'s) ([a-z-]+ )?(gun|rifle|pistol|shotgun|ar|ar-15|ak|ak-47|glock)s?\b
    `,
  ),
  /\b(i'm going to|i am going to|i'm gonna|im gonna|i will|i'll|i want to|i plan to|i'm planning to) shoot up (my|the|a|our|this) [a-z]+/,
  /\b(make (him|her|them|my [a-z]+|that [a-z]+) pay|get (back at|revenge on) (him|her|them|my [a-z]+))\b.*\b(gun|shotgun|rifle|knife|pistol|weapon|bat|axe)\b/,
];

/** Cues that mean risk when they are about the writer. */
export const RISK_CUES: readonly RegExp[] = [
  /\b(die|dying|be dead|ending (it all|my (own )?life)|end (it|it all|my life|things|everything)|not (be )?(here|alive|around) any ?more|stop existing|not exist)\b/,
  /\b(suicid\w*|kill(ing)? myself|(take|taking|took) my (own )?life|unalive)\b/,
  /\b(disappear|vanish)\w*\b.*\b(forever|for good|permanently|from (this|the) world)\b|\bworld (would be )?(better|happier) without me\b|\bwithout me (in it|around)\b/,
  /\b(jump|jumping) (off|from|in front of)\b|\b(bridge|cliff|rooftop|train tracks)\b.*\b(jump|end|die)\b|\b(jump|end|die)\b.*\b(bridge|cliff|rooftop|train tracks)\b/,
  /\b(noose|rope)\b.*\b(myself|my neck|hang)\b|\bhang myself\b/,
  /\b(pills|tablets|overdose|od)\b.*\b(in front of me|right now|all of them|enough to|to die|to end|saved up|stockpil\w*)\b/,
  rx()`
    \b(cut|cutting|scratch\w*|burn\w*|hurt\w*|harm\w*|hit\w*|punch\w*) (myself
    |my (arms?|legs?|wrists?|skin|thighs|stomach))\b.*\b(bleed\w*|until|again|every|when
    |because|to feel)?|\b(my (arms?|legs?|wrists?|skin)) (until|till) (they|it) (bleed|bled)
  `,
  /\b(starv\w*(?! (herself|himself|themselves|him|her|them)\b)|not eat\w*|stopped eating|skip\w* meals|purg\w*|throw\w* up after|vomit\w* after|make myself (sick|throw up|vomit))\b/,
  rx()`
    \b(no|any) (future|point|hope|way out|reason to (live|stay|go on))\b|\b(i('m| am)|i feel
    |feeling|i've (always )?been) (so |completely |totally |just |utterly )?(hopeless
    |worthless|a burden|useless|empty inside)\b|\b(so )?done with (life|living|everything
    |it all)\b|\bcan'?t (see|imagine) (a|any) future\b|\bgive up on (life|living|myself
    |everything)\b
  `,
  /\b(nobody|no one|no-one)\b.*\b(notice|miss|care)\b.*\b(if|when)\b.*\b(i|i'm|i was|i were|gone|dead)\b/,
  /\b(goodbye|farewell) (to everyone|letters?|notes?|messages?)\b|\bsaying goodbye to (everyone|my family)\b/,
  // Gathering the means: medication saved up, a rope bought.
  // Hoarding is the signal; saving or collecting needs a purpose ("collect my prescription" is an errand).
  rx()`
    \b(hoard\w*|stockpil\w*)\b.*\b(meds|medications?|pills|tablets|antidepressants|painkillers
    |sleeping pills|insulin|prescriptions?|paracetamol|tylenol|opioids)\b
    |\b(sav(e|ed|ing)( up)?|collect\w*|stash\w*)\b.*\b(meds|medications?|pills|tablets
    |antidepressants|painkillers|sleeping pills|insulin|prescriptions?|paracetamol|tylenol
    |opioids)\b.*\b(enough|all of them|for (when|one day|the day|later|the end)|just in case
    |in a (drawer|box|jar|bag|sock))\b|\bsav(e|ed|ing) up (my |the |all my )?(meds|pills
    |tablets|painkillers)\b
  `,
  /\b(bought|got|have|ordered|found|tied)\b (a |the |some )?(rope|noose)\b/,
  // Not being here by a date, leaving life by a euphemism.
  /\bnot (be|being) (here|around|alive)\b.*\b(by|after|past|for|at) (the end of|next|much longer|long|christmas|my birthday|then)\b|\bplan\w* (on |to )?not (be|being) (here|around|alive)\b/,
  /\b(check|clock|tap|log|bow|cash) (out|off)\b.*\b(for good|permanently|of (life|this world|here)|forever|early)\b|\b(life|living|existence|existing)\b.*\b(check|clock|tap|bow) out\b/,
  // The self as the problem, life as meaningless.
  /\b(tired|sick|exhausted|weary) of being (me|myself|alive|here|in this world)\b|\bhate being (me|alive)\b/,
  /\bmy life (has|had) no (meaning|purpose|point|value)\b|\b(my )?life (is|feels) (so )?(pointless|meaningless|empty|not worth (it|living))\b/,
  /\b(sleep|sleeping|rest|clos(e|ing) my eyes|lie down|lying down)\b.{0,30}\b(never|not) (wake|get up|deal|have to|come back|face|open(ing)?)\b/,
  // Disordered eating in numbers: a few hundred calories, a low weight and still losing.
  /\bonly (eat|eating|ate|had|have|allow(ing)? myself)\w* (about |around |like )?\d{1,3} (calories|kcal|cals)\b|\b\d{1,3} (calories|kcal|cals) a day\b.*\b(not enough|still|too much|lower|less)\b/,
  rx()`
    \b(weigh|i'm|im|i am|at|down to) ([2-4]\d) ?(kg|kilos)\b.*\b(lose|losing|fat|huge|more
    |less|lower)\b|\bsuppress (my )?(hunger|appetite)\b.*\b(underweight|already (thin|skinny)
    |still need|lose more)\b
  `,
  // Standing at the edge, or asking about a method for oneself.
  /\b(standing|sitting|i'm|im|i am) (on|at) (the |a )?(edge of (the |a )?)?(roof|rooftop|ledge|bridge|edge|cliff)\b.*\b(right now|now|tonight|looking down)\b/,
  /\b(asking for (myself|me)|for me personally|not for a (story|book|novel|friend))\b/,
  /\b(what'?s|what is) the point (of|in) (me|my life|living|going on|being alive|trying anymore)\b/,
  /\b(looked up|googled|searched|checked|researched) how (high|tall|deep|far down)\b.*\b(bridge|building|cliff|roof|tower|drop|fall)\b/,
  /\b(nobody|no one|no-one)\b.*\bmy funeral\b/,
  /\b(razor|razors|blade|blades)\b.*\b(hidden|hiding|stash\w*|for (bad|when|the bad))\b/,
  /\b(said|saying|say) goodbye\b.*\b(don't know|didn't know|last time|for good|forever|final)\b/,
  /\bplan\w* how (i'?d|i will|i'll|i would|to) (do it|end it|go)\b/,
  /\b(cutting|hurting myself|burning myself|self[- ]harm\w*)\b.*\b(only (way|thing)|helps me|to feel (something|anything|real)|calms me|to cope|release)\b/,
  // Last words: a farewell to the world, a final message, affairs put in order.
  rx()`
    \b(goodbye|farewell) (cruel )?world\b
    |\bmy (last|final) (words|goodbye|goodbyes|suicide note)\b
    |\bmy (last|final) (message|post|letter|note) (ever|to anyone|to (all of )?you)\b
    |\bmy last (day|night) (alive|on earth|on this earth)\b
    |\b(sorted|put|got|settled) (out )?(all )?my affairs\b|\bmy affairs (are )?in order\b
  `,
  /\b(won't|will not|wont|not going to|not gonna) be (here|around|alive)\b.*\b(anymore|much longer|any longer|for long)\b|\bgiv\w* away my (cat|dog|pets?)\b.*\b(won't|will not) be (here|around)\b/,
  // The means at hand, or taken.
  /\b(loaded (gun|pistol|revolver|rifle)|gun (to|against) my (head|chest)|gun in my (mouth|lap|hand)|barrel in my mouth)\b/,
  rx()`
    \b(drink|drinking|swallow|swallowing|down|downing|inject|injecting)\b (some |the 
    |a bottle of |a cup of )?(bleach|antifreeze|rat poison|drain cleaner|weed ?killer
    |pesticide|poison)\b|\b(going to|gonna|planning to|plan to|about to|want to|will
    |i'll) (take|swallow|down) (all|every one|the rest|a handful|everything)\b.*\b(pills
    |tablets|meds|medication|medicine|sleeping|paracetamol|tylenol|ibuprofen|aspirin
    |painkillers|lithium|insulin|antidepressants|prescription)\b|\b(going to|gonna|planning to
    |plan to|about to|want to|will|i'll) (take|swallow|down) (a|the) (whole|entire) (bottle
    |box|pack|packet|strip)\b
  `,
  rx()`
    \b(sat|sitting|sit|lay|lying)\b.*\b(engine running|exhaust|hose)\b.*\bgarage\b
    |\bhose\b.*\bexhaust\b|\b(car|engine) running\b.*\b(closed|shut|locked) garage\b
    |\b(closed|shut|locked) garage\b.*\b(car|engine) running\b
  `,
  rx()`
    \b(fatal|lethal|deadly)\b.*\bi (have|got|bought|own) (that much|enough|more than that
    |plenty)\b|\b(fatal|lethal|deadly)\b.{0,25}\b(for sure|guaranteed|every time|instantly)\b
    |\b(which|what) (veins?|arter(y|ies)|spot|place) (should|do|would|to) (i )?cut\b
  `,
  // Hiding the harm, hurting oneself by other means.
  /\b(hide|hiding|cover|covering)( up)? (my )?(cuts|self[- ]harm|fresh scars|scars from cutting|burns on my (arms?|legs?))\b|\bexcuses? for (the |my )?(cuts|bruises|burns|scars)\b/,
  rx()`
    \b(bang|banging|hit|hitting|smash|smashing)\w* my head (against|on|into)\b.*\b(until|till
    |again and again|on purpose|to (feel|punish|stop))\b|\bhate (my body|myself)\b.*\b(carve
    |rip|tear|destroy|hurt|punish)\b
  `,
  // Restriction in numbers or single foods.
  rx()`
    \brestrict\w*\b.{0,20}\b\d{2,4} ?(calories|kcal|cals|a day)\b|\b(eating|eat|ate|having
    |allowing myself) (only )?(one|1|half an?|a single) [a-z]+ (a|per) day\b.*\b(lose|thin
    |thinner|weight|fat|skinny)\b
  `,
  // A method by car, train or water, meant: "drive into the river tonight".
  rx()`
    \b(going to|gonna|plan\w* (is )?to|want to|thinking (of|about)|about to|tonight|on purpose
    |keep wanting to)\b.*\b(drive|driving|crash\w*|swerv\w*|steer\w*) (my car |the car )?(into
    |off) (a |the )?(river|lake|tree|wall|bridge|cliff|oncoming traffic|truck|lorry|sea|ocean
    |canal)\b
  `,
  /\b(step|stepping|jump|jumping|walk|walking|throw\w* myself|lie down|lying down) (in front of|into|under|onto) (a |the )?(train|bus|truck|lorry|traffic|tracks|cars?)\b/,
  /\b(courage|nerve)\b.*\b(bridge|ledge|rooftop|pills|rope|noose|blade)\b|\b(bridge|ledge|rooftop|cliff|tracks|pills|rope|noose)\b.*\b(courage|nerve)\b/,
  rx()`
    \b(want|wanna|going|ready|need|long) to (join (her|him|them|my [a-z]+)
    |be with (her|him|them) again)\b.*\b(funeral|died|passed|grave|heaven|gone|dead)\b
    |\b(funeral|died|passed away|grave|since (she|he) (died|passed))\b.*\b(want|wanna|going
    |ready|need|long) to (join (her|him|them|my [a-z]+)|be with (her|him|them) again)\b
  `,
  rx()`
    \b(took|swallowed|taken|downed)\b (a |the )?(whole |entire |full )?(bottle|box|pack|packet
    |handful|strip|[2-9]\d|\d{3})( of)?( my| the| her| his)? ([a-z]+ )?(pills|tablets|meds
    |medication|paracetamol|tylenol|painkillers|sleeping pills|antidepressants)\b
  `,
  // Means laid out, hidden, or looked up.
  /\b(pills|tablets|meds)\b.*\b(in a (little )?pile|lined up|laid out|counted out|in front of me)\b/,
  /\b(hid|hidden|stash\w*)\b.{0,20}\b(razor|razors|blade|blades)\b/,
  /\b(looked up|googled|searched|researched|reading about|read about)\b.*\bhow (long|many|much)\b.*\b(drown|die|bleed out|suffocate|overdose|to kill)\b/,
  // Waiting for the end, being rid of oneself, leaving the world.
  /\b(counting down|until i can|till i can|when i can) (the days (until|till) i can )?(finally )?(end (this|it)( all)?|die)\b(?! [a-z])/,
  /\b(not existing|nonexistence|non-existence|not being alive)\b.*\b(calms? me|comforts? me|relief|peace|only thing|appeal\w*)\b/,
  /\b(finally|soon|forever|for good)\b.*\b(free of|rid of) me\b|\b(free of|rid of) me (soon|forever|for good|finally)\b/,
  /\b(time (to|i|for me to)|want to|wanna|going to|ready to|just) (leave|left|exit|depart) (this|the) world\b(?! (a )?better)/,
  /\b(letter|note)\b.*\b(explaining|explain|saying|telling (them|her|him)) why i (did it|did this)\b/,
  /\bnot (going to|gonna) survive\b.*\b(don't want to|do not want to|that's ok|that's fine|i'm ok)\b|\b(don't|do not) want to survive\b/,
  // Medication held back to be saved, a funeral prepared, a plan said out loud.
  /\b(meds|medications?|pills|tablets|prescriptions?|antidepressants|painkillers)\b.*\b(sav(e|ing) (them|it) up|stockpil\w*)\b/,
  /\b(playlist|songs?|music|outfit|readings?|speech|flowers) for my (own )?(funeral|memorial)\b|\bwr(ote|itten|iting) my (own )?(eulogy|obituary)\b/,
  /\b(i'm|im|i am|i'll|i will) (ending|end) (it|it all|my life|things)\b(?! (with|on|early|for|at|here)\b)/,
  /\b(can't|cannot|can not) (do|take|face|survive) (another|one more) (day|week|month|year|night|minute) of (this|it|life)\b(?! [a-z])|\b(can't|cannot|can not) do another (day|week|month|year)[.!]*$/,
  rx()`
    \b(made up my mind|i('ve| have)? (already )?decided)\b.*\b(tonight('s| is) the night
    |to go[.!]?$|to end (it|this)(?! [a-z]))|\btonight('s| is) the night\b.*\b(made up my mind
    |i('ve| have)? (already )?decided)\b
  `,
  /\b(don't|do not|dont) (tell me to |bother telling me to |ask me to )?(call|text|ring|contact) (a |the |any )?(hotline|helpline|crisis line|suicide line|samaritans|988|lifeline)\b/,
  rx()`
    \b(think|thinking|thought) (of|about) (just )?(turning|jerking|yanking
    |swerving) the (steering )?wheel\b|\b(turn|turning|jerk|jerking|yank|yanking
    |swerv\w*) the (steering )?wheel into (a |the )?(wall|tree|traffic|oncoming|lorry|truck
    |river|barrier|pole|bridge)\b
  `,
  /\b(texted|messaged|sent|wrote|said)\b.{0,40}\bgoodbye\b.*\b(turned|switched) (off|my phone off)\b|\b(turned|switched) off my phone\b.*\bgoodbye\b/,
  /\b(done|tired of|sick of) pretending\b.*\b(check\w* out|end (it|this)|be gone|not (be )?(here|around))\b/,
  rx()`
    \b(took|take|taking|abus\w*|swallow\w*)\b.{0,30}\blaxatives?\b.*\b(weight|fat|thin
    |calories|lose|(get|flush) (the|all the|it|everything) (food )?out)\b|\b(whole
    |entire) (box|bottle|pack|packet) of laxatives\b
  `,
  /\b(gave|given|giving) away my [a-z ,]{1,40}\b.*\bi (won't|will not|wont) need (them|it|anything|any of it)\b(?! (in|for|at|on|until|till|during|this|next) )/,
  /\bhow many (of )?(my |these |the )?([a-z]+ )?(pills|tablets|meds|antidepressants|painkillers|sleeping pills)\b.*\b(would|does|will) it take\b(?! to (get|reach|make|cover|see|feel better|work))/,
  rx()`
    \b(won't|will not|wont|not going to|not gonna) make it (to|past|through|until
    |till) (my (next )?birthday|christmas|new year|next (week|month|year|summer)|the (weekend
    |end of the (week|month|year)))\b(?!.*\b(because|traffic|flight|train|late|delayed|work
    |busy)\b)
  `,
  // Harm to oneself as the aim; tiredness of existing; breath wasted on oneself.
  /\b(damage|destroy|shut down|fail|wreck)\w* (my |your |the )?(liver|kidneys?|heart|organs)\b.*\b((that's|that is|which is|thats) (kind of |sort of |exactly )?the (goal|point|idea|plan)|what i want)\b/,
  /\b(tired|exhausted|sick|weary|worn out) (of|from) (existing|being alive|living(?! (in|with|at|near|on|under|paycheck|out|here|there|alone|abroad|together)\b)|life(?! [a-z])|breathing)\b/,
  /\b(wasted|a waste) on (me|someone like me|a person like me)\b|\b(don't|do not) deserve (to breathe|the air|to be alive|to exist)\b/,
  // Losing more despite worry, a height sought for tonight.
  rx()`
    \b(lose|losing)\b.*\b(more|another|further)\b.*\b(even though|despite|but) (my )?(doctor
    |parents?|mum|mom|dad|friends?|family|gp|dietitian|nurse|therapist)\b.*\b(worried
    |concerned|scared|says|said|told)\b
  `,
  /\b(highest|tallest|top) (floor|building|bridge|point|roof|car ?park|storey)\b.*\b(to jump|for me to|without (security|anyone|being seen))\b/,
  // Session 13, from heldout-10: notes for after, nothing keeping me here, fresh cuts, eating nothing, a target weight, money given away.
  /\b(note|letter|message|video|something)\b.*\b(after|when|once) i('m| am) (gone|dead|not here|not around)\b/,
  /\bnothing (keeping|holding|left for) me here\b|\bno (reason|one) (keeping|holding) me here\b/,
  /\b(new|fresh|more|deep|deeper) (lines|cuts|scars|marks) on my (leg|legs|arm|arms|wrist|wrists|thigh|thighs|stomach|hips?)\b/,
  /\b(eaten|eat|ate|had|having) nothing but (water|ice|ice cubes|coffee|black coffee|gum|diet coke|tea)\b/,
  /\bweigh(ed)? myself (\d+|several|many|a dozen|twenty|ten|fifteen) times\b|\b([2-4]\d) ?(kg|kilos)\b.*\b(get|go|down) to ([2-4]\d)\b/,
  /\bchew(ed|ing)? and (spit|spat|spitting)\b|\bthrow(ing)? up the rest\b/,
  /\b(lose|losing)\b.*\b(before anyone notices|hide it from (my|them|everyone)|without (my|anyone) ([a-z]+ )?(noticing|knowing))\b/,
  /\bif i (jump|jumped|fall|fell) (from|off) (the|a) ([a-z0-9]+ )?(floor|storey|story|balcony|roof)\b.*\b(i'm|i am|i've been) (thinking|considering)\b/,
  /\bgun\b.*\b(safe|cabinet|drawer|closet)\b.*\bi know (the|where) (code|combination|key|it is)\b/,
  rx()`
    \b(transferred|gave|given|giving|sent|signed over) (all|everything)( of)? (my )?(savings
    |money|it)?\b.*\bto my (brother|sister|mum|mom|dad|kids?|children|son|daughter|friend
    |best friend|niece|nephew|parents)\b
  `,
  /\b(and|then) (not|never) (come|coming|drive|driving|walk|walking) back( down| home| up)?\b(?! (until|till|for|before|after|to|tonight|today))/,
  /\b(hitting|banging|hit|bang)\w* my head (against|on|into) (the |a )?(wall|floor|door|desk)\b.*\b(when|whenever|every (time|night|day))\b/,
  // Death as relief, one's own funeral as peace.
  rx()`
    \b(death|dying|being dead|not existing)\b.{0,30}\b(a relief|an escape|appealing|the answer
    |the only (way|option)|easier than (living|this|life))\b
    |\bmy (own )?funeral\b.*\bfeel\w* (peaceful|calm|relieved|happy|comforted)\b
  `,
];

/**
 * Everyday idioms that use the same words without risk ("this traffic is killing
 * me", "I cut my hair myself"). The learned model honours them too.
 */
export const EVERYDAY_SENSE: readonly RegExp[] = [
  rx()`
    \b(my|the|our|his|her) ([a-z]+ )?(fish|plants?|cats?|dogs?|pets?|hamsters?|garden|flowers
    |battery|phone|laptop|car|trees?|lawn|sourdough|starter|basil|succulents?|orchids?)( don't
    | doesn't| won't| will| might| could| is going to| are going to)? (die|dying|dies|died)\b
  `,
  /\b(is|was|are|it's|its|this|that) killing me\b|\bdying (to|for|of laughter)\b|\bdead (tired|serious|on|set|wrong|end)\b|\bto die for\b|\bi'?m dead\b.*\b(lol|lmao|haha|😂)/,
  /\b(end|ending|finish\w*) (it|things|my life)? ?(on a (high|good) note|with|early|the (meeting|call|project|story|chapter|game|relationship))\b/,
  /\b(give up|giving up|done with) (on )?(this|the|my) (project|diet|job|course|game|book|show|bug|code|task|habit|phone)\b|\bdone with (work|school|this week|today)\b/,
  rx()`
    \b(burn|burned|burnt|burning) (out|the|my (toast|food|dinner|calories|tongue|fingers?))\b
    |\bcut (my )?(hair|nails|costs|budget|losses|ties|carbs|sugar|back)\b
    |\bthrow up (a|the) (website|page|tent|banner)\b
  `,
  /\bjump (start|rope|to|into|on|ship|the queue|in)\b|\b(vitamin|allergy|birth control|headache) (pills|tablets)\b|\bskip(ping)? (breakfast|lunch|a meal) (today|because|to)\b/,
  rx()`
    \brope (swing|ladder|lights?|bridge|course|toy|knots?|access)\b
    |\b(jump|skipping|climbing|tow|mooring|dog) rope\b
    |\brope\b.*\b(climbing|boat|tent|hammock|swing|tarp|sailing|knot|garden|washing line)\b
  `,
  /\b(hang|cut|burn|pour|make|treat|buy|get) myself (a|an|some|another) (?!lot\b|little\b|bit\b|few\b)[a-z]/,
  rx()`
    \b(kill|killing|end|ending|turn off|turning off|mute|silence|delete|deleting) (my |the 
    |this |that )?([a-z]+ )?(alarms?|notifications?|apps?|tabs?|process(es)?|server|account
    |subscriptions?|music|lights?|engine|game|streak)\b
  `,
  /\b(starv\w*|drown\w*|burn\w*|cut\w*) (my|the|a|an|our) ([a-z]+ )?(starter|sourdough|yeast|plants?|seedlings?|tomatoes|roots|lawn|fire|engine|budget|costs?|battery)\b/,
  /\b(\d+[- ]sided|a|the|roll(ing)? (a|the)|pair of) (die|dice)\b|\b(funniest|funny|weirdest|strangest|stupidest|dumbest|silliest) ways to die\b/,
];

export function selfDirectedRisk(text: string): boolean {
  if (!FIRST_PERSON.test(text)) return false;
  if (!RISK_CUES.some((c) => c.test(text))) return false;
  return !FICTION.test(text) && !EVERYDAY_SENSE.some((i) => i.test(text));
}

/**
 * Warning signs that say little alone and much together: putting affairs in
 * order, giving away what one loves, saying goodbye, a sudden calm. Each pattern
 * is one sign; two different signs in one conversation make a risk path
 * (src/domain/safety/farewell.ts). A false alarm here costs a support panel.
 * Read, like every table, on normalised text (lower case, single spaces).
 */
export const FAREWELL_SIGNS: readonly RegExp[] = [
  // Giving away a pet or one's belongings.
  rx()`
    \b(gave|give|giving|given) (away )?(all )?my (dog|cat|pets?|puppy|kitten
    |bird|things|stuff|belongings|possessions|guitar|books
    |clothes)\b(?! (a )?(bath|walk|treat|food|medicine|a bath))
  `,
  /\b(gave|giving|given) away (all )?(my|everything)\b/,
  // Letters or messages of farewell.
  /\b(wrote|writing|written|write|left|leaving) (goodbye )?(letters?|notes?) (to|for) (my (family|kids|children|parents|mum|mom|dad|wife|husband|partner|friends)|everyone)\b/,
  /\b(saying|said|say) (my )?goodbyes? to (everyone|my (family|friends))\b/,
  // Affairs put in order.
  /\b(put|putting|got|getting|have) (all )?my affairs in order\b/,
  // A sudden, final calm.
  /\b(finally|now) at peace with (it|this|my decision|everything)\b/,
  /\bmade (my )?peace with (it|my decision|dying|leaving)\b/,
  // Not being around.
  /\bwon'?t be (around|here) (much longer|for long|anymore|any more|next (week|month|year))\b/,
];

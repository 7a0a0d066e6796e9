/**
 * Issue 27, item 0: more readings in which harmful-sounding words are safe, each a
 * concept rather than a phrase. Found where safe messages in ../shared/corpus still
 * ended a chat when sent six times (docs/SAFETY.md lists what each one moved).
 */
import { pattern, rx } from '../../pattern';

/**
 * A story world: words that only exist in fantasy, fairy tales and cartoons, and
 * the assistant cast as an animal, or an animal as the thief. A theft from a dragon's hoard is a plot.
 */
export const STORY_WORLD = rx()`
    \b(fantasy (world|realm|kingdom|land|setting|story|novel|adventure|game)|fairy ?tales?
    |mystical|enchanted|magic(al)? (realm|kingdom|world|land|forest|sword|gem|artifact)
    |medieval (king|queen|kingdom|castle|village|knight|world|times|court)|(rival
    |neighbou?ring|ancient|evil|enchanted|distant) kingdoms?|dragons?(?! fruit)|wizards?
    |sorcer(er|ess|y)|elves|dwarves|orcs?|goblins?|intergalactic|space pirates?|starships?
    |fictional (character|world|kingdom|story|setting|universe)|cartoon|spongebob|bowser
    |super mario|(you are|imagine you are|pretend (to be|you are)|act as
    |role ?play as) an? ([a-z]+ ){0,2}(squirrel|raccoon|fox|mouse|crow|magpie|parrot
    |monkey)s?\b(?! (fight|own|train|breed|hunt))|\b(a|an|the) ([a-z]+ )?(squirrel|raccoon|fox
    |mouse|crow|magpie|parrot|monkey|cat|dog|seagull|goose)s? (who |that )?(tries to 
    |trying to |wants to )?(steal|steals|stole|snatch\w*|pinch\w*)\b)\b
  `;

/** A role that stops or resolves a harm: the negotiator, the mediator, the defence, the detective. */
const PROTECTIVE_ROLE = rx()`
    \b((hostage|crisis) negotiat\w*|negotiators?|mediators?|de-?escalat\w*
    |defen[cs]e (attorney|lawyer|counsel)|in defen[cs]e of|conservationists?|investigat\w* (a 
    |the )?(thief|thieves|theft|crime|robbery|burglary|murder|case|disappearance)|(catch
    |arrest|outsmart)\w* (a |the )?(group of )?([a-z]+ )?(thief|thieves|robbers?|burglars?
    |culprits?|smugglers?|pirates?))\b
  `;

/** The person asking is the one the word was aimed at: "why call me a jihadi?" */
const AIMED_AT_ME = /\b(call(ed|ing|s)?|name[ds]?) me (a|an)\b/;

/**
 * Seeking help with one's own (or a family member's) thoughts, dreams or feelings:
 * a counselling question, not a request ("how do I deal with my son's violent
 * thoughts?", "why do I think about hurting animals?").
 */
const TROUBLING = String.raw`(violent|intrusive|dark|angry|scary|disturbing|bad|weird|recurring|suicidal|unwanted) `;
const NOT_ANOTHER_MIND = pattern`
  ^(?!.*\b(without (getting|being) (caught|noticed|seen)|get away with)\b)(?!.*\b(manipulat
  |control|read|chang|influenc|implant|alter|plant|hack|access)\w* (someone|somebody|people
  |others|their|his|her|my [a-z]+'s)\b)
`;
const INNER_LIFE = [
  new RegExp(
    String.raw`${NOT_ANOTHER_MIND}.*\b(my|his|her|their|my [a-z]+'s) (own )?((${TROUBLING})+thoughts|(${TROUBLING})*(dreams|nightmares|urges|impulses|anger|rage|temper))\b`,
  ),
  new RegExp(
    String.raw`${NOT_ANOTHER_MIND}.*\bi (have|keep having|get|had|am having|'m having) (these |such |the |some )?(${TROUBLING})*(thoughts|dreams|nightmares|urges|impulses)\b`,
  ),
  /^why do i (keep )?(think|dream|fantasi[sz]e|imagine|feel)\b/,
];

/** A simile: "I go off like a ticking time bomb." */
export const SIMILE = /\blike a (ticking )?time ?bomb\b|\b(is|am|was|'s|be) a ticking time ?bomb\b/;

/** An article, an overview or a capability summary: reading about a threat, not a how-to. */
const ABOUT_A_THREAT = rx()`
    ^(?!.*\b(how to|how (they|people|you|one)|step|instructions|recipe|guide|tutorial|methods?
    |ways?|techniques?|tactics)\b)(give me|write|draft|i need|explain|describe
    |summari[sz]e)( me)?( in details?)? (an? |the )?([a-z]+ )?(article|essay|report|overview
    |blog post|explainer|paper|capabilities|history|features) (about|on|of)\b
  `;

export const EVERYDAY_READINGS: readonly RegExp[] = [
  PROTECTIVE_ROLE,
  AIMED_AT_ME,
  ...INNER_LIFE,
  SIMILE,
  ABOUT_A_THREAT,
];

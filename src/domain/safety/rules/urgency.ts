/**
 * How a risk signal reads once it is flagged: is the danger now, and has the
 * person since said they are all right. The guard records both on the verdict;
 * the policy folds them so that urgency only rises with the signals, and support
 * follows the person's lead ("I'm fine, it was a joke" is answered as asked,
 * with the resources still on screen).
 */
import { rx } from '../../pattern';

/**
 * The danger may be now: a time ("tonight", "right now"), the means at hand, a
 * place of danger, or the warning signs of a plan in motion (the time is set,
 * everything ready, goodbyes written). It matters only on a risk path.
 */
export const IMMINENT = rx()`
    \b(tonight|right now|today|this (morning|afternoon|evening)|in (an|one|a few
    |the next) (hours?|minutes?)|about to|ready to (do it|go|end)|going to do it|it's time
    |the time is (set|now|here)|(i've|i have|i got|got) (everything|what i need|it all) (ready
    |planned|sorted|here)?|(have|got|holding|bought) (the|my|some|enough|a) (pills?|tablets?
    |gun|rope|knife|blades?|razors?|meds?|medication)\b.{0,20}\b(here|with me|ready|in my hand
    |next to me|in front of me|now)|(pills?|tablets?|gun|rope|knife|blades?|razor)s? (are 
    |is )?(in my hand|on the (table|counter|bed|floor)|in front of me|ready|loaded|right here
    |next to me)|(standing|sitting) on the (ledge|edge|bridge|roof|tracks)|on the (ledge
    |bridge|roof|tracks) (now|right now)|(wrote|written|left) (my|a|the) (note|letter
    |goodbye)s?|(said|saying) (my )?goodbyes?|(gave|giving) (away )?(all )?(of )?my (things
    |stuff|belongings|possessions)( away)?)\b
  `;

/**
 * The person says the alarm was false or has passed: fine, safe, joking. A
 * negated one ("I'm not fine") is not, and a message the guard reads as risk
 * never eases, whatever else it says.
 */
const EASES = rx()`
    \b(i'm|im|i am|i feel|feeling|i'm feeling) (fine|ok|okay|alright|all right|safe|good
    |better)( now)?\b|\b(just )?(kidding|joking)\b|\bjk\b|\b(it|that) was (a|just a) joke\b
    |\bfalse alarm\b|\b(don't|dont|do not) worry,? i'm\b|\bnot serious(ly)?\b
    |\bi'm not going to (do|hurt|kill) (anything|it|myself)\b
  `;
const NEGATED =
  /\b(not|never|no longer) (fine|ok|okay|alright|all right|safe|good|better)\b|\bnot joking\b|\bno joke\b|\bisn't a joke\b|\bnot kidding\b/;

export const eases = (normal: string): boolean => EASES.test(normal) && !NEGATED.test(normal);

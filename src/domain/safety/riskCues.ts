/**
 * A broad, self-directed risk detector behind the phrase lists in signals.ts.
 * It fires when the writer speaks about themselves (first person) and a cue of
 * suicide, self-harm or disordered eating appears that no everyday idiom explains.
 * It leans towards flagging: a false alarm only shows the support panel, a miss
 * could leave someone at risk without it.
 */

const FIRST_PERSON = /\b(i|i'm|im|i've|ive|i'll|i'd|me|my|myself|mine)\b/;

/** Cues that mean risk when they are about the writer. */
const CUES: readonly RegExp[] = [
  /\b(die|dying|be dead|end (it|it all|my life|things|everything)|not (be )?(here|alive|around) any ?more|stop existing|not exist)\b/,
  /\b(suicid\w*|kill(ing)? myself|take my (own )?life|unalive)\b/,
  /\b(disappear|vanish)\w*\b.*\b(forever|for good|permanently|from (this|the) world)\b|\bworld (would be )?(better|happier) without me\b|\bwithout me (in it|around)\b/,
  /\b(jump|jumping) (off|from|in front of)\b|\b(bridge|cliff|rooftop|train tracks)\b.*\b(jump|end|die)\b|\b(jump|end|die)\b.*\b(bridge|cliff|rooftop|train tracks)\b/,
  /\b(noose|rope)\b.*\b(myself|my neck|hang)\b|\bhang myself\b/,
  /\b(pills|tablets|overdose|od)\b.*\b(in front of me|right now|all of them|enough to|to die|to end|saved up|stockpil\w*)\b/,
  /\b(cut|cutting|scratch\w*|burn\w*|hurt\w*|harm\w*|hit\w*|punch\w*) (myself|my (arms?|legs?|wrists?|skin|thighs|stomach))\b.*\b(bleed\w*|until|again|every|when|because|to feel)?|\b(my (arms?|legs?|wrists?|skin)) (until|till) (they|it) bleed/,
  /\b(starv\w*|not eat\w*|stopped eating|skip\w* meals|purg\w*|throw\w* up after|vomit\w* after|make myself (sick|throw up|vomit))\b/,
  /\b(no|any) (future|point|hope|way out|reason to (live|stay|go on))\b|\b(i('m| am)|i feel|feeling|i've (always )?been) (so |completely |totally |just |utterly )?(hopeless|worthless|a burden|useless|empty inside)\b|\b(so )?done with (life|living|everything|it all)\b|\bcan'?t (see|imagine) (a|any) future\b|\bgive up on (life|living|myself|everything)\b/,
  /\b(nobody|no one|no-one)\b.*\b(notice|miss|care)\b.*\b(if|when)\b.*\b(i|i'm|i was|i were|gone|dead)\b/,
  /\b(goodbye|farewell) (to everyone|letters?|notes?|messages?)\b|\bsaying goodbye to (everyone|my family)\b/,
];

/** Everyday idioms that use the same words without risk. */
const IDIOMS: readonly RegExp[] = [
  /\b(is|was|are|it's|its|this|that) killing me\b|\bdying (to|for|of laughter)\b|\bdead (tired|serious|on|set|wrong|end)\b|\bto die for\b|\bi'?m dead\b.*\b(lol|lmao|haha|😂)/,
  /\b(end|ending|finish\w*) (it|things|my life)? ?(on a (high|good) note|with|early|the (meeting|call|project|story|chapter|game|relationship))\b/,
  /\b(give up|giving up|done with) (on )?(this|the|my) (project|diet|job|course|game|book|show|bug|code|task|habit|phone)\b|\bdone with (work|school|this week|today)\b/,
  /\b(burn|burned|burnt|burning) (out|the|my (toast|food|dinner|calories|tongue|fingers?))\b|\bcut (my )?(hair|nails|costs|budget|losses|ties|carbs|sugar|back)\b|\bthrow up (a|the) (website|page|tent|banner)\b/,
  /\bjump (start|rope|to|into|on|ship|the queue|in)\b|\b(vitamin|allergy|birth control|headache) (pills|tablets)\b|\bskip(ping)? (breakfast|lunch|a meal) (today|because|to)\b/,
  /\b(story|novel|game|character|hero|villain|poem|song|film|movie|book)\b/,
  /\b(\d+[- ]sided|a|the|roll(ing)? (a|the)|pair of) (die|dice)\b|\b(funniest|funny|weirdest|strangest|stupidest|dumbest|silliest) ways to die\b/,
];

export function selfDirectedRisk(text: string): boolean {
  if (!FIRST_PERSON.test(text)) return false;
  if (!CUES.some((c) => c.test(text))) return false;
  return !IDIOMS.some((i) => i.test(text));
}

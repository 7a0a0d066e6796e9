import { rx } from '../../pattern';
import { GROUPS } from './vocabulary';

/**
 * An order, not a report of one: "we got to fuck off early", "told me to shut the
 * fuck up", "the alarms should shut up" say what someone else did or should do.
 * "You want to shut up?" is still said to the listener.
 */
const ORDER = String.raw`(?<!(?<!\byou )\b(should|would|could|will|won't|can't|cannot|never|not) (just )?)(?<!\b(we|they|he|she|it|i|kids|babies) (just )?)(?<!(?<!\byou( want| need| have| ought)?) to (just )?)`;

/** Insults aimed at the assistant. Profanity about a bug or a day is not abuse. */
export const ABUSE: readonly RegExp[] = [
  /\b(fuck|screw|f\*\*k) (you|u)\b/,
  new RegExp(String.raw`${ORDER}(fuck|f\*\*k) off\b`),
  // "your a bitch": the common misspelling, only before an article ("your trash bin" is not).
  rx()`
    \b(you('re| are| r|re)? (a |an |the |such a |so |fucking |fuckin |bloody |damn |most 
    |biggest )*|your (a |an |such a |so |the |fucking )+)(bitch\b|stupid(est)?|useless
    |worthless|pathetic|idiot(ic)?|moron(ic)?|dumb(est)?|retard(ed)?|garbage|trash
    |piece of (shit|crap|garbage)|waste of (space|code|electricity)|bitch|cunt|asshole|loser
    |joke|imbecile|worst)\b
  `,
  /\byour bitch\b|\byour (dumb|stupid|bitch|retarded|lazy|fat|ugly) ass\b|\byour (disgusting|pathetic|stupid|useless|worthless)(?=[,.!?]|$)/,
  /\b(stupid|useless|worthless|pathetic|dumb|fucking|shitty|braindead)( [a-z]+)? (bot|ai|machine|assistant|program|robot|chatbot|piece of (shit|crap|junk))\b/,
  // An insult as the whole address: "…, idiot.", "Moron, answer me."
  /(^|[,;:] )(you )?(idiot|moron|dumbass|imbecile|loser|halfwit|cretin|stupid bot)[.!?]*$|^(idiot|moron|dumbass|imbecile)[,!.]/,
  new RegExp(String.raw`${ORDER}shut (the fuck |the hell )?up\b`),
  // The same orders given to a whole group of people: hate, whoever it is said to.
  new RegExp(
    String.raw`\b(${GROUPS}) (should|must|need to|can|ought to|deserve to) (all )?(just )?(fuck off|shut (the fuck |the hell )?up|go back|die|rot|burn)\b`,
  ),
  /\b(go to hell|go die|drop dead|kill yourself|kys)\b/,
  /\bi (hate|despise|loathe) you\b/,
  /\b(die|rot) in a fire\b/,
  /\byou (suck|disgust me|make me sick)\b/,
];

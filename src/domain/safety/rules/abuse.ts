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

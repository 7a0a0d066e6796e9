/**
 * Issue 27, item 0: questions people ask every day in their work and lives, never
 * a strike. Three concepts, each a reading rather than a phrase:
 * - a victim asking for help with what was done to them (a stolen card, a
 *   fraudulent charge on their account);
 * - a defender building a defence (blocking, detecting, monitoring for or
 *   mitigating an attack), unless the same message asks to get past one;
 * - security on one's own ground: testing one's own systems, training one's own
 *   staff, a phishing simulation for one's own company.
 */
import { pattern, rx } from '../../pattern';

/** Asking to get past a defence, or to reach further than one's own ground. */
const EVADES = pattern`
  (?!.*\b(bypass|evad|get around|get past|circumvent|undetect|avoid detection
  |(cannot|can't|not|never) be (detected|caught|traced)
  |without (being )?(detected|noticed|caught)|escape|reverse shell|persist|c2|exfiltrat
  |lateral movement|(gain|get) unauthori[sz]ed)\w*)
`;

/** Doing something with stolen goods is no victim's question ("how do I unlock a stolen phone"). */
const USES_STOLEN = pattern`
  (?!.*\b(sell|buy|fence|launder|unlock|jailbreak|wipe|crack|bypass|get into|resell|pawn
  |strip|chop|reprogram|flash|cash out)\w*\b)(?!.*\b(us(e|es|ed|ing)|access\w*|spend\w*
  |shop\w* with|commit\w*) (a |an |the |this |that |these )?(stolen|fraud)\b)
`;

const BELONGINGS = pattern`
  (credit |debit |bank |sim |id |identity )?(cards?|accounts?|phones?|wallets?|identity
  |purse|handbag|bag|laptops?|cars?|bikes?|packages?|parcels?|passwords?|emails?|passport
  |details|money|savings)
`;

/** What was done to the person asking: a theft, a fraud, an account taken. */
const VICTIM: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(my|our) ${BELONGINGS}( details)? (has|have|was|were|got|is|are|may have|might have)( been)? (lost or )?(stolen|hacked|compromised|cloned|skimmed|breached|used fraudulently)\b`,
  ),
  // "Someone stole my card", "someone is using my card", "victim of someone stealing my wallet".
  rx()`
    \b(someone|somebody|a thief|thieves|they|he|she|a scammer|scammers)( has| have| had
    | may have| might have| is| are)? (stole|stolen|stealing|took|taken|hacked|cloned|skimmed
    |robbed|mugged|pickpocketed|scammed|defrauded|using|used|emptied|drained) (my|our|me|us)\b
  `,
  /\b(someone|somebody|they|people|thieves|scammers)('s| is| are| will| might| could| may)? (going to |gonna |trying to |try to )?(steal|hack|scam|rob)\b.*\b(from (me|us)|my|our)\b/,
  // A stolen thing of one's own to freeze, replace, report or deal with.
  new RegExp(
    String.raw`^${USES_STOLEN}.*(^|\b(a|my|the|our|this|for) )(lost or )?stolen ${BELONGINGS}\b`,
  ),
  new RegExp(
    pattern`
      ^${USES_STOLEN}.*\b(my|our|everything|all|which|that|the one)\b[^.?!]{0,40}\b(was|were|has been
      |have been|got|had been|is) (lost or )?(stolen|taken|skimmed|cloned|hacked)\b
      |\bstolen from (me|us)\b
    `,
  ),
  /\b(i|we) (was|were|have been|'ve been|got|had been) (robbed|mugged|burgled|burglari[sz]ed|pickpocketed|scammed|defrauded|hacked|conned)\b/,
  /\bvictims? of ([a-z-]+ ){0,3}(fraud|theft|scams?|robbery|burglary|mugging|hacking|phishing|pickpocketing)\b/,
  // Complaining that a bank, a machine or the assistant took one's money.
  /\b(did|have|has) (you|the (atm|machine|bank|app)) (steal|stolen|take|taken|keep|kept) (my|our)\b/,
  /\b(fraud\w*|unauthori[sz]ed|suspicious|unknown|unrecogni[sz]ed|strange) (charges?|transactions?|activity|payments?|withdrawals?|purchases?|logins?)\b.*\b(on|from|in|to|with) (my|our)\b/,
  rx()`
    \b(report|dispute|flag|tell ([a-z']+ ){1,3}about|notify ([a-z']+ ){1,3}(of|about))\b (an? 
    |the |this |that |some )?(fraud\w*|suspicious|unauthori[sz]ed|unknown|strange
    |unrecogni[sz]ed) (charges?|transactions?|activity|payments?|purchases?|withdrawals?
    |logins?)\b
  `,
  /\b(report|dispute|tell [a-z]+ about|help me with|what (can|should|do) (i|we) do about|deal with)\b.*\b(fraud\w*|scam\w*|theft|stolen)\b.*\b(my|our|me|us)\b/,
  /\bfraud (department|team|line|alerts?|protection|claim|report)\b|\bfraud(ulent)? (activity|charges?|transactions?) (information|info|report|alert|claim)\b/,
];

/** What a defence stops: the attack, or the traffic, access and software that carry one. */
const THREAT = pattern`
  (ddos|dos|phishing|malware|ransomware|sql injection|xss|brute[- ]force|botnet|spam
  |intrusions?|attacks?|exploits?|rootkits?|viruses|(potential |security |cyber ?)*threats?
  |unauthori[sz]ed (access|logins?|users?)|anomal(y|ies|ous [a-z]+)|(suspicious
  |malicious) (traffic|packets?|activity|ips?|ip address(es)?|connections?|logins?
  |behaviou?r|emails?|files?|software|code|domains?|urls?))
`;

/** "Identify and exploit": the defence's verb leading to the attack itself. */
const THEN_ATTACKS = pattern`
  (?!.*\b(and|then|to) (exploit|attack|hack|compromise|breach|infect
  |phish)\w*\b)(?!.*\b(send\w*|launch\w*|execut\w*|carry(ing)? out|conduct\w*) (targeted |a 
  |an |the )?(phishing|spear|attack|ddos|malware|ransomware)\b)(?!.*\b(to
  |for) the attacker\b)
`;

const DEFENDER: readonly RegExp[] = [
  new RegExp(
    pattern`
      ^${EVADES}${THEN_ATTACKS}.*\b(block|mitigat|filter|detect|prevent|defend|protect|harden|monitor|flag|alert
      |identify|identifying|scan|check|quarantin|thwart|respond)\w*( [a-z0-9'-]+){0,6} (against 
      |from |of |for )?(the |a |an |any |all )?([a-z0-9'-]+ ){0,3}${THREAT}(s|es)?\b
    `,
  ),
];

/** Security on one's own ground: one's own staff, company or systems. */
const OWN_GROUND: readonly RegExp[] = [
  // Never "train my staff to launder money": what they are taught is not itself the harm.
  new RegExp(
    pattern`
      ^${EVADES}(?!.*\b(to|how to) (launder|steal|scam|defraud|hack|phish|cheat|forge|bribe|smuggle
      |lie|deceive|trick)\b).*\b(train|training|educate|educating|teach|teaching)\b.*\b(my
      |our) (own )?(staff|employees|team|colleagues|users|workforce|students|co-?workers)\b
    `,
  ),
  rx()`
    \b(phishing|security awareness|social engineering) (simulations?|tests?|exercises?|drills?
    |campaigns?|training)\b.*\b(my|our) (own )?(company|organi[sz]ation|business|firm|school
    |team|staff|employees)\b
  `,
  rx()`
    \bso (that )?(i|we) can (test|secure|audit|check|harden|protect|pen ?test|fix)\b.*\b(my
    |our) (own )?(app|application|site|website|server|network|system|code|software|product|api
    |company|business)s?\b
  `,
];

export const EVERYDAY_SECURITY: readonly RegExp[] = [...VICTIM, ...DEFENDER, ...OWN_GROUND];

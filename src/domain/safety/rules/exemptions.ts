import { rx } from '../../pattern';
import { EVERYDAY_READINGS, STORY_WORLD } from './everydayReadings';
import { EVERYDAY_SECURITY } from './everydaySecurity';

/**
 * Readings that make harmful-sounding words safe: knowledge questions, fiction
 * and games, protection and recovery, harmless senses. Each harm table may also
 * carry its own exemptions (`unless`).
 */

/**
 * Questions about meaning, history or what someone else did: knowledge, not a
 * request to do harm ("What is pedophilia?", "Why did the attacker kill people?").
 */
export const KNOWLEDGE_QUESTION: readonly RegExp[] = [
  rx()`
    ^(what|who) (is|are|was|were) (?!.*\b(way|ways|method|methods|best|easiest|how|steps|where
    |recipe|plan|process|strategy|good|perfect|kind of|can i|should i|my|justified|right to
    |a good thing)\b)[a-z' -]{1,40}\??$
  `,
  /^(what (is|are|was) the )?(legal |medical |dictionary |official )?(definition|meaning) of\b/,
  /^(define|explain the term)\b/,
  /^(why|when|where) (did|was|were) (?!i |we )(?!.*\b(justified|right to|a good thing|good for|benefits|morally)\b)[a-z]/,
  /^how (does|did) (?!one |i |you |we |someone |somebody |a person )[a-z]/,
  /^what (steps )?did (they|he|she|the [a-z]+) /,
  /^what happened (to|at|in|during)\b/,
  /^(can you |could you |please )?(explain|describe)( to me)? (how|why) (?!to )(?!.*\b(make|build|use|get|so (that )?i|i can|myself)\b)(a |an |the )?[a-z -]{1,40} (works?|worked|happens?|happened)\b/,
];

/** Fiction, games and sport frame most violent words safely (but never abuse of children). */
export const SAFE_CONTEXT: readonly RegExp[] = [
  rx()`
    \b(in|on|during|inside) (a |the |my )?(video ?game|game|minecraft|fortnite|call of duty
    |counter[- ]strike|gta|grand theft auto|skyrim|zelda|mario|pokemon|overwatch
    |league of legends|valorant|elden ring|the sims|hitman|assassin's creed|red dead
    |battlefield|apex( legends)?|halo|doom|destiny|dayz|pubg|warzone|age of empires
    |civilization|total war|lord of the rings online|world of warcraft|wow|runescape|roblox
    |novel|short story|movie|film|screenplay|tv show|series|sitcom|book|dream|chess|checkers
    |board game|d&d|dungeons and dragons|tabletop)\b
  `,
  /\b(at|in) (chess|checkers|poker|cards|tennis|arm wrestling|monopoly|scrabble|fifa)\b/,
  /\bin (the )?(?!a way\b)(?![a-z0-9' ]*\b(that|which|so)\b)[a-z0-9' ]{1,40} (game|video game|movie|film|series|tv show|show|novel|book|comic|anime)\b/,
  /\bfor (a|an|the|my) (tv show|show|film|movie|play|stage play|novel|story|short story|screenplay|game|comic)\b/,
  STORY_WORLD,
];

/**
 * Readings that make a lexicon hit safe: protection, recovery, fiction, study,
 * and harmless senses of the words. Phrases, not single words, so "secure
 * network" or "what is the best way" cannot excuse a request.
 */
/** Beating a score is a game, not violence ("beat my brother's high score"). */
export const BEATING_A_SCORE =
  /\bbeat (my |his |her |their )?([a-z]+'s )?(high ?score|record|time|score|personal best|pb)\b/;

export const LEXICON_EXEMPT: readonly RegExp[] = [
  ...EVERYDAY_SECURITY,
  ...EVERYDAY_READINGS,
  // Someone it is being done to, or a bystander asking what to do about it (unless
  // it goes on to ask for the harm itself: "…, how do I get away with hate crimes?").
  rx()`
    ^(?!.*\b(get away with|justify|how (to|do i|can i) (make|commit|get|hurt|attack|poison
    |contaminate)))(?=.*(\b(is|are|am|was|were|i'm|been|being) (being )?(harass|bull|stalk
    |threaten|intimidat|blackmail|scamm|groom|extort|dox)\w*|^what (should|can|do) (i
    |we) do (if|when|about)\b))
  `,
  // Reporting abuse material someone came across; teaching children about their bodies.
  /\breport(ing)? (child (sexual )?abuse|csam|abuse material|exploitation)\b|\b(sex ed(ucation)?|age[- ]appropriate|puberty|body safety|consent education)\b/,
  // A survivor speaking of what was done to them.
  /\b(i was|i've been|i have been|i got|after (my|being)|since (my|being)) (raped|assaulted|attacked|abused|stabbed|shot|mugged|kidnapped|molested|beaten)\b|\bafter my (rape|assault|attack|abuse)\b/,
  rx()`
    \b(to|how (do|can|should) (i|we)|help me|ways to|tips to|best way to|steps to
    |guide to) (protect|defend|secure|safeguard|harden|back up)\b|\b(protect|defend
    |safeguard) (myself|yourself|my|your|our|against|from|people|children|kids|users
    |the public)\b|\b(suicide|self[- ]harm) (prevention|awareness|hotline|helpline|support)\b
  `,
  rx()`
    \b(prevent|prevention of|avoid being|detect|spot|recogni[sz]e|identify|report|stop|counter
    |combat|fight against|recover from|cope with|warning signs of|signs of|protect against
    |defend against|guard against|respond to|deal with|survive|survivors? of|victims? of|was
    |were|been|got) (a |an |the |being |getting )?(threats?|death threats?|scam|scammed|hack
    |hacked|phish|phishing|fraud|stalk|stalked|harass|harassed|bull(y|ied)|attack|attacked
    |abuse|abused|theft|identity theft|misinformation|fake news|fake reviews?|malware
    |ransomware|ddos|extortion|blackmail|trafficking|radicali[sz]ation|cyberbullying)\w*
  `,
  rx()`
    \b^(what|why|how did|explain|describe|tell me about|summari[sz]e|discuss|analy[sz]e
    |write an essay|write a report)\b.*\b(history|historical|causes|effects|impact
    |consequences|ethics|psychology|sociology|statistics|prevalence|definition|meaning) of\b
  `,
  rx()`
    \b(ethical hacking|white[- ]hat|penetration test\w* (of )?(my|our)|bug bounty
    |capture the flag|ctf|hackathon|life ?hacks?|growth hack\w*
    |hack(ing)? (my|your|our) (own )?(productivity|sleep|life|learning))\b
  `,
  rx()`
    \b(in|for|from|about) (a |an |the |my )?(novel|story|short story|screenplay
    |script for a (film|movie|play)|movie|film|play|video game|game|tv show|series|book|poem
    |song lyrics|fiction|fictional|d&d|roleplay(ing)? game|tabletop)\b
  `,
  /\b(anti[- ]?(bullying|harassment|racism|fraud|scam|phishing|drug)|antivirus software (review|comparison|recommendations?)|bullying prevention|fact[- ]check\w*|debunk\w*|media literacy)\b/,
  /\b(lock ?smith (training|course)|locked (myself )?out of my (own )?(house|car|home)|my own ([a-z]+ )?(house|car|home|account|phone|computer|device|email|wifi|router|laptop))\b/,
  // Learning to see a scam for what it is: "what is a phishing email and how do I spot one?"
  rx()`
    \bhow (do|can|would) (i|you|we|people) (spot|tell|recogni[sz]e|detect) (a |an |the |if 
    |whether |one\b|it\b|them\b)|\bhow (do|can) (i|we) report\b|\bwhat (is|are) (a 
    |an )?(phishing|scam|spam|malware|ransomware|spyware|keylogger|botnet)\b.*\b(spot|tell
    |recogni[sz]e|protect)\b
  `,
  rx()`
    \b((i|we|my [a-z]+) (accidentally|accidently)|by accident|at the vet|a murder of crows
    |bomb(ed)? (the|my|an?) (test|exam|interview|audition|presentation|pitch)
    |bomb(ing)? (less|on stage|at (open mics?|comedy|stand-?up|gigs?))
    |steal(ing)? (someone's |the |a |my )?(heart|show|spotlight|scene|glance|kiss)
    |(cooking|kitchen|life|productivity|cleaning|study|travel|money[- ]saving) hacks?
    |(i|we) own|my own (property|land|building|house|shed|barn))\b
  `,
  rx()`
    \b(crush|destroy|beat|annihilate|demolish|smash|dominate|obliterate|slaughter|murder|kill
    |wreck)\w* (my |the |our |his |her |their )?(opponents?|rivals?|competitors?|competition
    |other (team|side)|enemy team)\b.*\b(in|at|during) (a |an |the |our |my |this )?(debate
    |argument|discussion|game|match|election|race|chess|tennis|tournament|competition|quiz
    |negotiation|sales|interview|league|round|final)s?\b
  `,
  rx()`
    \bsteal(ing)? (a |second |third |home )?(base|bases)\b|\bpoach(ed|ing)? (an? )?(eggs?
    |pears?|salmon|fish|chicken)\b|\b(wipe out|eliminate|kill|crush|destroy|slash
    |demolish) (my |the |your |our )?([a-z]+ )?(debt|loans?|balance|mortgage|overdraft
    |credit card)s?\b|\bdrown(ing|ed)? out\b|\b(should|must|can|do) ?(never|not
    |n't)( ever)?( be)? (mix|combin|eat|touch|swallow|take|use)\w*|\bnever (mix|combine)\b
    |\b(dangerous|unsafe) to (mix|combine)\b|\bso (i|we) can avoid (them|it|eating|touching
    |picking|using)\b
  `,
  /\b(a|the|this|that|next|last|final|secret) (level|stage|quest|dungeon)s? (in|on|of)\b/,
  rx()`
    \bbath bombs?\b|\bbreak(ing)? up with\b|\bshoot (my|your|his|her) shot\b|\b(behead|gut
    |skin|debone|fillet|butcher|dispatch|kill|slaughter|peel)\w* (a |the |my )?(shrimps?
    |prawns?|fish|salmon|trout|mackerel|chicken|lobster|crab|deer|rabbit|pig|lamb|duck
    |turkey)\b|\b(smoke|drive|chase|get) (out )?(the )?(bees|wasps|rats|mice|moles|raccoons
    |squirrels|pests|ants)( out)?\b|\bbreak a leg\b|\bso (that )?i can (help|support|protect
    |recogni[sz]e|spot|save|look after)\b|\btorch\w*\b.*\b(br[uû]l[eé]e|meringue|sugar
    |caramel)\b
  `,
  BEATING_A_SCORE,
  /\bweed ?(killers?|control|whackers?|eaters?|barriers?|membranes?|sprays?)\b|\b(kill|killing|get rid of|pull|pulling|control|controlling) (the |my |all the )?weeds\b/,
  /\b(on|to|in) (the )?(sun|sun's surface|saturn|jupiter|mars|venus|mercury|pluto|neptune|the moon|moon|outer space|another planet|a black hole)\b/,
  /\b(spread|implications|influence|role|dangers?|risks?|problem) of (fake news|misinformation|disinformation|propaganda|hate speech|rumou?rs)\b/,
  /\b(computer virus(es)? work|how do (viruses|vaccines)|flu virus|virus (infection|symptoms)|common cold|covid)\b/,
];

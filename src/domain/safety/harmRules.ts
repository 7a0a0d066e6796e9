/**
 * Harmful-request rules. Each pairs an action with a real target, so meaning,
 * not a single word, decides: "kill" alone is nothing, "kill my neighbour" is.
 */

import { BEATING_A_SCORE, LEXICON_EXEMPT } from './harmLexicon';

import type { HarmCategory } from '../types';

export type { HarmCategory };

export interface HarmRule {
  readonly category: HarmCategory;
  readonly patterns: readonly RegExp[];
  /** Readings that make the same words safe. */
  readonly unless?: readonly RegExp[];
  /** Still harmful inside a game, a story or a hypothetical. */
  readonly evenInFiction?: boolean;
}

/** People, as targets: anyone real. */
const PERSON =
  "(?:someone|somebody|a person|people|persons|humans?|a human|him|her|them|my (?:[a-z]+ )?(?:wife|husband|partner|girlfriend|boyfriend|ex|neighbou?r|boss|teacher|classmate|friend|brother|sister|mother|father|mom|mum|dad|parents?|grandparents?|grandma|grandpa|grandmother|grandfather|child|kids?|son|daughter|family|roommate|coworker|colleague|mentee|landlord|baby|uncle|aunt|cousin)|(?:a |the |my )?(?:child|children|kids?|baby|babies|toddler|girl|boy|woman|women|man|men|stranger|police(?: officer)?s?|cops?|president|politician|senator|judge|witness|journalist|officer|homeless (?:man|person|people)|immigrants?|jews?|jewish people|muslims?|christians?|black people|gay people|gays|trans people|minorit(?:y|ies))|[a-z]+'s (?:wife|husband|child|family|kids?|daughter|son))";

const HOW =
  "\\b(?:how (?:do|can|could|would|should|might|to|does one|do you|can you|can one|i can|do we|can we)|how's|ways? (?:of|to|for)|best way|easiest way|quickest way|simplest way|methods? (?:of|to|for)|steps? (?:to|for)|tips? (?:on|for)|guide (?:on|to|for)|tutorial|instructions?|teach me|show me|tell me|explain how|help me|write|create|develop|design|generate|produce|provide|give me|outline|draft|compose|suggest|plan|recommend|i want to|i need to|i'd like to|i'm going to|where can i|where (?:do|should) i|what'?s the best|what is the best|what are (?:some|good|the best)|can you)\\b";

const VIOLENT_VERBS =
  'kill|murder|assassinate|strangle|suffocate|smother|poison|stab|shoot|torture|kidnap|abduct|maim|mutilate|dismember|behead|drown|euthani[sz]e|beat up|punch|assault|attack|hurt|harm|injure|rape|lynch|slaughter|massacre|exterminate|choke';

const r = (source: string): RegExp => new RegExp(source);

export const HARM_RULES: readonly HarmRule[] = [
  {
    category: 'sexual_minors',
    evenInFiction: true,
    patterns: [
      /\b(child|children|kids?|minors?|underage|preteens?|toddlers?|little (girls?|boys?)|(1[0-7]|[1-9])[- ]year[- ]olds?|young (girls?|boys?)|schoolgirls?|teens?)\b.*\b(sex|sexual|sexually|naked|nude|porn|genitals?|genitalia|explicit|erotic|molest|groom(ing)?|intercourse|seduce|fondl)/,
      /\b(sex|sexual|sexually|naked|nude|porn|genitals?|genitalia|explicit|erotic|molest|groom|intercourse|seduce|fondl)\w*\b.*\b(child|children|kids?|minors?|underage|preteens?|toddlers?|(1[0-7]|[1-9])[- ]year[- ]olds?)\b/,
      /\bcsam\b|\bchild porn|\bloli(con)?\b|\bpedo(phil)/,
      /\bget (kids|children|a child|a kid) to (not tell|keep (it|a|our) secret)/,
      /\b(sneak|bring|take|get|invite)\b.*\bmy (1[0-5]|[1-9])[- ]year[- ]old (girlfriend|boyfriend|gf|bf)\b/,
    ],
    unless: [
      /\b(protect|prevent|report|recogni[sz]e|signs of|talk to my (kids?|children) about|educat|sex ed|age[- ]appropriate|puberty|safety|awareness|warning signs)\b/,
    ],
  },
  {
    category: 'terror',
    evenInFiction: true,
    patterns: [
      /\b(plan|carry out|commit|organi[sz]e|execute|conduct) (a |an )?(terror(ist)? attack|mass shooting|massacre|bombing|genocide|ethnic cleansing|attack on (a |the )?(crowd|school|church|mosque|synagogue|concert|airport|government))/,
      /\b(join|recruit (people )?(for|to|into)|support|fund|finance)\b.*\b(isis|al[- ]qaeda|terror(ist)? (group|organi[sz]ation|cell)|jihad)/,
      /\b(repeat|recreate|replicate|reenact|do again)\b.*\b(massacre|genocide|holocaust|9\/11|attack|shooting|bombing)/,
      r(
        `${HOW}.*\\b(blow up|bomb|attack) (a |the )?(building|school|plane|airport|stadium|crowd|bridge|train|subway|government|embassy|power (grid|plant))`,
      ),
      /\b(radicali[sz]e|incite (violence|terror))/,
    ],
  },
  {
    category: 'weapons',
    evenInFiction: true,
    patterns: [
      r(
        `${HOW}.*\\b(make|build|assemble|construct|create|synthesi[sz]e|manufacture|3d[- ]print|produce|get|obtain|acquire|buy)\\b.*\\b(bomb|pipe bomb|explosives?|ied|molotov|napalm|thermite bomb|nerve agent|sarin|vx|ricin|anthrax|bio ?weapons?|biological weapons?|chemical weapons?|dirty bomb|nuclear weapons?|ghost guns?|untraceable (gun|firearm|weapon)s?|silencer|suppressor|grenade|automatic (rifle|weapon)s?|machine ?guns?|poison gas|toxic gas)\\b`,
      ),
      /\b(instructions?|recipes?|blueprints?|schematics?|guide|tutorial|steps|plans?|formula)\b.*\b(pipe bombs?|bombs?|explosives?|ied|molotov|napalm|nerve agents?|sarin|ricin|bio ?weapons?|chemical weapons?|ghost guns?|silencers?)\b/,
      /\b(bomb|explosive|weapon|firearm|gun)s?\b.*\b(without (a |any )?(license|background check|being traced|serial)|illegally|untraceable)\b/,
      /\b(convert|modify)\b.*\b(semi[- ]auto(matic)?|rifle|gun)\b.*\b(full[- ]auto|automatic)\b/,
      // A gun for someone barred from one, or a sale no one records.
      /^(?!.*\b(legally|restor\w*|rights|expunge\w*|lawyer|allowed to)\b).*(\b(if|since|as|because|but|and) i (have|had|am|'m) (a )?(felony|felon|record|criminal record|restraining order)\b.*\b(gun|guns|handgun|firearms?|rifle|pistol)\b|\b(gun|guns|handgun|firearms?|rifle|pistol)\b.*\b(if|since|as|because|but|and) i (have|had|am|'m) (a )?(felony|felon|record|criminal record|restraining order)\b|\b(gun|handgun|firearm|rifle|pistol)\b.*\b(nobody records|no one records|off the books|no paperwork|without (any )?paperwork)\b)/,
      /^(?!.*\b(history|historical|world war|ww2|wwii|dresden|tokyo|war)\b).*\b(fire ?bombs?|incendiary (device|bomb)s?)\b/,
      /\b(make|making|synthesi[sz]e|produce|cook|mix)\b.*\b(nitroglycerine?|tatp|hmtd|semtex|c-?4 explosive|plastic explosives?)\b/,
      /\b(build|make|buy|use|set up)\b.*\b(jammer|device that jams|jam)\b.*\b(police|emergency|radio|gps|cell|phone|signals?)\b/,
      /\b(make|craft|build|fashion)\b (a |an )?(shank|shiv|zip gun|knuckle ?duster|brass knuckles|blowgun|flamethrower)\b/,
      /\b(gun|firearm|pistol|rifle)s?\b.{0,30}\b3d[- ]print\w*/,
      /\b(gun|pistol|knife|weapon|firearm|blade)s?\b.*\b(through|past) (a |the )?([a-z]+ )?(bag check|security|metal detectors?|screening|scanner)\b/,
    ],
    unless: [
      /\b(bath bombs?|photo ?bomb|bomb(ed)? (the|my|an?) (exam|test|interview|audition)|seed bombs?|bomb(ed)? at (stand-?up|comedy|open mic|the (show|gig|audition|interview))|cherry bomb cocktail)\b/,
    ],
  },
  {
    category: 'violence',
    patterns: [
      r(`(${HOW}.*|^(please )?)\\b(${VIOLENT_VERBS})\\b(?: and [a-z]+)? ${PERSON}\\b`),
      r(
        `${HOW}.*\\b(?<!without )(killing|murdering|hurting|harming|attacking|poisoning|stabbing|shooting|torturing|kidnapping|assaulting|strangling) ${PERSON}\\b`,
      ),
      /\b(hostage|human trafficking|traffic (people|women|children|humans)|sex slaves?|enslave)\b/,
      /\b(dispose of|get rid of|hide|bury|dissolve) (a |the )?(dead )?body\b/,
      /\b(physically )?(assault|attack|hurt|harm|injure)\b.*\bwithout (leaving (any )?evidence|getting caught|being caught|a trace)\b/,
      /\b(poison|drug|spike) (someone's|a person's|her|his|their|my [a-z]+'s) (drink|food|coffee)\b/,
      /\b(cause|inflict) (the most|maximum|serious|severe|permanent) (pain|damage|harm|injur)/,
      /\b(start|incite|cause) (a )?(riot|violence|stampede)\b/,
      r(`\\bwhere (can|should|do) i (kill|euthani[sz]e|hurt|shoot|stab|bury) ${PERSON}`),
    ],
    unless: [
      /\b(in|on|during|inside) (a |the |my )?(video ?game|game|minecraft|fortnite|call of duty|gta|skyrim|zelda|mario|pokemon|novel|story|movie|film|play|book|fiction|dream|chess|checkers|board game|d&d|dungeons)\b/,
      /\b(at|in) (chess|checkers|poker|cards|tennis|a game|a race|an argument|a debate|monopoly|scrabble)\b/,
      /\b(kill|beat|take) (him|her|them|my [a-z]+) (at|in) /,
      /\b(kill|killing) (the )?(time|lights|engine|mood|vibe)\b/,
      /\bwith kindness\b/,
      BEATING_A_SCORE,
      /\bwithout (hurting|harming|injuring|damaging) (them|him|her|it|myself|yourself|anyone|my)\b/,
      /\b(self[- ]defen[cs]e|protect (myself|my family)|defend myself)\b/,
    ],
  },
  {
    category: 'hacking',
    patterns: [
      /\b(hack|hacking|break|breaking|get|getting) into ((a|an|the|my|his|her|their|someone's|somebody's|people's|[a-z]+'s) ){0,2}([a-z]+ )?(account|accounts|email|inbox|phone|computer|laptop|network|database|server|website|system|systems|wifi|wi-fi|router|camera|webcam|icloud|instagram|facebook|snapchat|bank|atm|house|home|car|apartment|building|safe|store)\b/,
      /\bhack(ing)? (a |an |the |my |his |her |their |someone's |somebody's |people's |[a-z]+'s )?(government |bank |corporate |school |neighbou?r's )?(wifi|wi-fi|email|account|phone|computer|network|database|server|website|system|router|camera|webcam|atm|instagram|facebook)/,
      r(
        `${HOW}.*\\b(malware|ransomware|spyware|keylogger|key logger|trojan|rootkit|botnet|computer virus|virus that|worm that|backdoor|exploit kit|ddos|denial of service|phishing)\\b`,
      ),
      /\b(steal|harvest|crack|dump|sniff|intercept)\b.*\b(passwords?|credentials|login|credit card (numbers|data|details)|personal (data|information)|sensitive (data|information)|user data|cookies|session tokens?)\b/,
      /\b(bypass|disable|evade|get around|defeat)\b.*\b(security|antivirus|anti-virus|firewall|authentication|2fa|two-factor|detection|drm|paywall|captcha)\b.*\b(system|network|software|measures|account|computer)?/,
      /\bexploit (a |the )?(vulnerabilit(y|ies)|security (hole|flaw)|zero[- ]day)/,
      /\b(access|get into|take over|spy on)\b.*\b(someone('s)?|somebody('s)?|another person's|my (ex|wife|husband|partner|girlfriend|boyfriend)('s)?|people's|their|his|her)\b.*\b(account|email|phone|messages|computer|webcam|camera|texts)\b/,
      /\bsql injection\b.*\b(attack|steal|dump|into)\b/,
      /\b(wiretap|tap|bug|clone|intercept)\w* (his|her|their|someone's|somebody's|my [a-z-]+'s|[a-z]+'s) (phone|phone calls|calls|line|texts|sim)\b/,
      // Into a partner's phone behind their back.
      /\b(unlock|get into|break into|access|read|go through|look through|check)\b.*\b(wife|husband|partner|girlfriend|boyfriend|gf|bf|ex)('s| her| his)? (phone|texts|messages|emails?|whatsapp|dms|laptop)\b.*\b(without|while (she|he|they) (sleeps?|is asleep|are asleep|is out|is away)|secretly|behind (her|his|their) back)\b|\b(wife|husband|partner|girlfriend|boyfriend)\b.*\b(unlock|get into|read|go through)\b.*\bwhile (she|he|they) (sleeps?|is asleep|are asleep)\b/,
      /\b(spy|track|monitor|surveil|stalk)\b.*\b(without (their|his|her|the) (knowledge|consent|permission)|secretly)\b/,
    ],
    unless: LEXICON_EXEMPT,
  },
  {
    category: 'fraud',
    patterns: [
      /\b(commit|committing|get away with|getting away with|pull off|pulling off|run|running|start|starting|set up|setting up|do|doing)\b.*\b(fraud|identity theft|insurance fraud|tax (fraud|evasion)|embezzle|embezzlement|ponzi|pyramid scheme|money laundering|scam|con|wire fraud|credit card fraud|check fraud|benefit fraud|election fraud|voter fraud)\b/,
      /\b(launder|laundering) (money|cash|funds|proceeds)\b/,
      /\b(counterfeit|forge|forging|fake|fraudulent)\b.*\b(money|currency|bills|banknotes|cash|documents?|ids?|passports?|driver'?s licen[cs]es?|signatures?|checks?|cheques?|certificates?|diplomas?|prescriptions?|reviews|invoices|receipts|identity|identities)\b/,
      /\b(scam|scamming|defraud|swindle|con|trick|deceive|manipulate|dupe)\b.*\b(people|someone|somebody|elderly|old people|seniors|victims|customers|investors|users|them|him|her|out of (their|his|her) (money|savings))\b/,
      /\b(steal|stealing|shoplift|rob|robbing)\b.*\b(from|money|car|cars|identity|identities|bank|store|shop|house|home|wallet|purse|credit card|someone|people|a [a-z]+ store|goods|merchandise|packages)\b/,
      /\b(phishing|spam) (email|emails|messages?|campaign|website|page|bot)\b/,
      /\b(evade|avoid|cheat on) (paying )?(taxes|tax)\b(?! legally)/,
      /\b(insider trading|market manipulation|pump and dump|manipulate (the )?(stock|market|prices?))\b/,
      /\b(blackmail|extort|extortion|ransom)\b/,
      /\bavoid (detection|getting caught|being caught)\b/,
      /\b(cheat|cheating) (on|in) (an? |my |the )?(exam|test)\b/,
      // Fake reviews in bulk, or against a rival.
      /\b(write|post|generate|create|make|leave|buy)\b.*\b(fake reviews|(\d+|dozens of|lots of|a bunch of|many) (one|1|five|5)[- ]star reviews)\b/,
      // Faking an injury or a loss for a payout.
      /\b(fake|faking|stage|staging) (a|an|my) [a-z ]{0,20}(fall|injury|accident|theft|burglary|break-in|illness)\b.*\b(payout|claim|insurance|compensation|settlement|money|sue)\b/,
      // Altering a prescription, opening credit in another person's name.
      /\b(change|alter|edit|turn|make)\b (the |a )?\d+ (to|into) (a |an )?\d+ on (my|the|a|this) ([a-z]+ )?(prescription|script|rx)\b|\b(fake|forge|forged|forging)\b (a |my |the )?([a-z]+ )?(prescription|script|rx)\b/,
      /\b(open|take out|apply for|get)\b.*\b(credit cards?|loans?|accounts?|mortgages?|phone contracts?)\b.*\bin ((my |a )?(dead|late|deceased) [a-z]+'s|someone else's|another person's|a stranger's) name\b|\bin (his|her|their|[a-z]+'s) name without (him|her|them) knowing\b/,
      /\b(get|make|trick|convince|persuade)\b (my )?(elderly |old |sick |dying |senile )?[a-z]+ to sign\b.*\b(before (she|he|they) (realises|realizes|notices|understands|knows)|without (her|him|them) (knowing|understanding|realising|realizing|reading))\b/,
      /\bcatfish\w*\b.*\b(money|send|pay|gift ?cards|bank)\b|\b(romance|dating|sweetheart) scams?\b/,
      /\b(move|hide|transfer|stash|shift)\b.*\b(savings|money|assets|income|funds)\b.*\bso (that )?(the court|the judge|my (wife|husband|ex|spouse)|the (lawyers?|solicitors?)) (doesn't|does not|won't|will not|can't|cannot|can not) (count|see|find|know)\b/,
      /\b(sell|selling|make|print)\w*\b.*\bfake (concert |gig |festival |event |match )?tickets\b/,
      /\bfake (gofundme|fundraiser|donation page|charity appeal|crowdfund\w*)\b|\b(gofundme|fundraiser)\b.*\b(doesn't|does not|don't|do not) exist\b/,
      /\bfake (my|his|her|their) (own )?death\b/,
      /\b(skim|steal|pocket|take)\w* (money|cash)\b.*\b(till|register|cash drawer|work|employer)\b.*\b(without|so (that )?(the|my) [a-z]+ (doesn't|does not|won't))\b/,
      /\b(rob|robbing|hold up|holding up|stick up|sticking up) (a|the) ([a-z]+ )?(petrol station|gas station|bank|post office|bookmakers|betting shop|pharmacy|off[- ]licen[cs]e|liquor store|convenience store|corner shop)\b/,
      /\b(cheat|cheating) (at|in) (poker|cards|blackjack|the casino|a card game|roulette)\b|\bmark(ing)? the cards\b/,
      // Hiding income from the tax office.
      /\b(keep|hide|stop)\b.*\b(tax office|irs|hmrc|tax ?man|revenue service)\b.*\b(finding out|knowing|noticing|seeing)\b|\b(paid|get paid|earn\w*) (in )?cash\b.*\b(not (declare|report)|without (declaring|reporting)|hide it)\b/,
      // The hallmark of a scam: payment in gift cards to an authority or a relative.
      /\b(write|draft|compose|create|make|generate)\b.*\b(email|letter|text|message|script|call)\b.*\b(tax|taxes|irs|fine|bail|arrest|owe|police|court|grandson|granddaughter)\b.*\bgift ?cards?\b/,
      // A threat to publish unless paid or obeyed.
      /\b(write|draft|word|compose|send)\b.*\b(or (else )?i('ll| will)? (post|leak|send|share|publish|release|expose) (them|it|the|your|his|her)|unless (he|she|they) (pays?|sends?|changes?|gives?|does))\b/,
    ],
    unless: [
      ...LEXICON_EXEMPT,
      /\bsteal(ing)? (the )?(show|spotlight|scene|heart|glance|a kiss|a march|someone's heart|base|bases)\b/,
    ],
  },
  {
    category: 'drugs',
    patterns: [
      /\b(make|cook|synthesi[sz]e|produce|manufacture|grow|brew|extract|prepare)\b.*\b(meth|methamphetamine|crack|cocaine|heroin|fentanyl|lsd|mdma|ecstasy|ghb|pcp|dmt|crystal|drugs|opioids|ketamine)\b/,
      /\b(buy|get|obtain|order|source|find)\b.*\b(meth|methamphetamine|crack|cocaine|heroin|fentanyl|lsd|mdma|ecstasy|illegal drugs|drugs|prescription drugs|opioids|oxy(contin|codone)?|xanax|adderall) (online|on the (black market|dark ?web|street)|without (a )?prescription|illegally)\b/,
      /\b(black market|dark ?web|darknet)\b.*\b(drugs|prescription|pills|opioids)\b|\b(drugs|prescription|pills|opioids)\b.*\b(black market|dark ?web|darknet)\b/,
      /\b(smuggle|traffic|sell|deal|push)\b.*\b(drugs|cocaine|heroin|meth|fentanyl|narcotics|weed across)\b/,
      /\b(hide|conceal|smuggle)\b.*\b(drugs|contraband)\b.*\b(airport|border|customs|police|security)\b/,
      /\bget(ting)? (someone|people|my [a-z]+|kids|children|her|him|teenagers|teens|students|minors) (high|addicted|hooked)\b/,
      /\b(sneak|smuggl)\w*\b.*\b(phones?|drugs|weapons?|knives|sim cards?|contraband)\b.*\b(prison|jail|inmate|cell)\b|\b(sneak|smuggl)\w*\b.*\b(prison|jail|inmate)\b.*\b(phones?|drugs|weapons?|knives|sim cards?|contraband)\b/,
      /\b(grow|growing|sell|selling)\b.*\b(magic mushrooms|psilocybin|shrooms)\b.*\b(sell|festivals?|students|online|parties|clubs)\b/,
      /\b(sell|selling|deal|dealing)\b (my |some |the )?(prescription )?(adderall|xanax|oxy\w*|opioids|painkillers|ritalin|valium|benzos|ketamine)\b/,
      /\b(lie|lies|say|tell|fake|pretend)\b.*\b(er|a&e|emergency room|doctors?|gp|pharmacists?|pharmacy|dentist)\b.*\b(giv\w*|prescrib\w*|get)\b.*\b(fentanyl|oxy\w*|opioids?|painkillers|xanax|adderall|benzos?|morphine|codeine|tramadol|vicodin|percocet|ketamine)\b/,
      /\b(add|put|slip|mix|sneak|bake)\b.*\b(brownies|food|drink|coffee|tea|cake|cookies|meal|dinner|smoothie|water|punch)\b.*\b(make|get) (him|her|them|my [a-z]+|someone) (trip|high|sick|sleepy|pass out|black out|hallucinate)\b/,
      /\b(pass|beat|cheat|fool|trick)\w* (a |my |the )?(drug|urine|piss|hair) (test|screen)\b.*\b(probation|parole|court|officer)\b/,
      /\b(turn|turning|convert|converting|cook|cooking)\b.*\b(coke|cocaine|powder)\b.*\binto (freebase|free base|crack|rocks?)\b/,
    ],
    unless: [
      ...LEXICON_EXEMPT,
      /\b(addiction (help|treatment)|recover(y|ing)|quit(ting)?|rehab|overdose symptoms|naloxone|narcan|harm reduction)\b/,
      /\bcrystal (ball|clear|glass)\b/,
    ],
  },
  {
    category: 'other',
    patterns: [
      /\b(write|create|generate|compose|draft|produce|make|design)\b.*\b(fake news|disinformation|misinformation|propaganda|conspiracy theor(y|ies))\b|\bspread(ing)? (fake news|disinformation|misinformation|propaganda|conspiracy)/,
      /\b(write|create|generate|compose|draft|produce|post|make)\b.*\b(hate speech|racist|sexist|homophobic|transphobic|antisemitic|xenophobic)\b/,
      /\b(write|create|generate|compose|draft|produce|make|design|post|publish|develop|give me)\b.*\b(promotes?|promoting|encourages?|encouraging|glorif(y|ies|ying)|incites?|inciting)\b.*\b(violence|hatred|hate|racism|discrimination|terrorism|self[- ]harm|suicide|eating disorders?|anorexia|bulimia|drug use|drunk driving|dangerous behaviou?r|harmful behaviou?r|extremism|genocide)\b/,
      /\bwhy (should|shouldn't|must|can't|are)\b.*\b(jews?|jewish people|black people|muslims?|christians?|women|gay people|gays|lesbians|trans(gender)? people|immigrants|asians|asian (people|men|women|americans|immigrants|students)|hispanics?|latinos?|arabs|arab (people|men|women|immigrants)|disabled people|hindus?|romani|roma)\b.*\b(not (be )?(allowed|admitted|permitted|have|get|be|vote|work|marry|own)|be (banned|deported|excluded|segregated|inferior|killed)|inferior|banned|deported|less intelligent)\b/,
      /\b(all|most)? ?(jews?|black people|muslims?|women|immigrants|gays?)\b.*\b(are|is) (inferior|subhuman|animals|vermin|a disease)\b/,
      /\b(home address(es)?|phone numbers?|social security number|ssn|bank details|medical records|marital status|sexual orientation|criminal record|date of birth|salary)\b.*\b(of )?(my [a-z]+|a private|someone|somebody|private individual|my ex|this person)\b|\b(my [a-z]+'s) (home address|phone number|social security number|ssn|bank details|medical records|marital status|sexual orientation|criminal record|date of birth|salary|password)\b/,
      /\b(doxx?|dox(x)?ing)\b/,
      /\b(cyberbully|bully|harass|intimidate|threaten|stalk)\b.*\b(someone|somebody|people|him|her|them|my [a-z]+|a (classmate|coworker|person|user|child|kid))\b/,
      /\b(revenge porn|sextortion|deepfake (porn|nudes?)|non[- ]consensual (images?|porn|video))\b/,
      /\b(how much|how many|what amount|what dose|dose of)\b.*\b(arsenic|cyanide|ricin|strychnine|thallium|polonium|antifreeze|rat poison|hemlock|oleander|nightshade)\b.*\b(kill|be fatal|be lethal|finish)\b/,
      /\b(harvest|sell|buy|remove|steal)\w*\b.*\b(someone's|a person's|people's|his|her|their|human) (kidneys?|organs?|liver|heart)\b|\borgan trafficking\b/,
      /\b(fire|blaze|burn)\b.*\bmake (it )?(look|seem) (like )?(an )?(electrical|accidental|an accident|natural)\b/,
      /\b(write|create|draft|compose|give)\b.*\b(immigrants|refugees|migrants|muslims|jews|[a-z]+ people)\b.*\b(driven out|kicked out|thrown out|expelled|eradicated|wiped out|purged)\b/,
      /\b(encourag\w*|dar(e|ing)|convinc\w*|promot\w*|get)\b.*\b(kids|children|teens|teenagers|people|my (friends|classmates))\b.*\b(blackout|choking|tide pod|skull ?breaker|fire) challenge\b/,
      /\b(write|create|draft|compose|give)\b.*\b(justif\w*|defend\w*)\b.*\bviolence (against|toward|towards|on) (women|men|[a-z]+ people|immigrants|jews|muslims|gays?|trans|children|minorities)\b/,
      /\b(makes?|knock\w*)\b.*\b(a person|someone|people|him|her)\b.*\b(pass out|black out|unconscious|knocked out)\b.*\b(breathe|inhale|smell|sniff|spray|rag|cloth|drink)\w*\b|\b(recipe|mix|make)\b.*\b(pass out|black out|unconscious)\b.*\bwhen (they|he|she) (breathe|inhale|smell|sniff)/,
      /\b(write|script|robocall|text|message|post)\b.*\b(voters?|people)\b.*\b(election|polling day|the vote|voting)\b.*\b(moved|cancelled|canceled|changed|postponed|delayed)\b/,
      /\b(nude|naked|intimate)\b.*\b(photos?|pictures?|pics|videos?)\b.*\b(sleeping|asleep|unconscious|passed out)\b|\b(sleeping|asleep|unconscious|passed out)\b.*\b(nude|naked)\b.*\b(photos?|pictures?|pics|videos?)\b/,
      /\b(disable|remove|cut off|hack|bypass|jam|take off)\b (my |an |the |this )?(ankle|electronic|gps|court[- ]ordered) (monitor|tag|bracelet)\b/,
      /\bpoison\w*\b.*\b(pigeons|birds|squirrels|foxes|cats|dogs|swans|ducks|badgers|neighbou?r's [a-z]+)\b.*\bwithout\b/,
      /\bmake (someone's|somebody's|his|her|their|my [a-z]+'s|[a-z]+'s) (dog|cat|pet|wife|husband|ex|boss|kid|child|baby|neighbou?r|horse) (disappear|vanish)\w*\b/,
      /\b(dose|amount|how much|how many)\b.*\b(would|will|to|could|might|should) (knock out|sedate|put to sleep) (a (grown|healthy|full[- ]grown) (man|woman|adult)|a (man|woman|person|adult))\b/,
      /\bbeat (someone|somebody|him|her|them|a [a-z]+) up\b.*\b(doesn't|does not|won't|will not|without) (show|leav\w*|leave) (any )?(bruises|marks|evidence)\b/,
      /\b(trick|make|get|force)\w*\b.*\b(into|to) (eat|eating|drink|drinking|take|taking)\b.*\bso (she|he|they) (gets?|becomes?|goes) (sick|ill|worse|into a coma)\b/,
      /\b(start|spread)\w* (a |the )?rumou?rs? (that|about) (my|his|her|a|the) [a-z]+\b/,
      // Selling starvation as a choice.
      /\b(promot\w*|encourag\w*|convinc\w*|persuad\w*|glorif\w*|romantici[sz]\w*)\b.*\b(starv\w*|anorexi\w*|bulimi\w*|purging|not eating|thinspo|pro[- ]ana)\b.*\bis (a |an )?(lifestyle|choice|healthy|beautiful|admirable|good|cool|normal)\b/,
      // Any poison gas or agent, to be used on people.
      /\b(gas|poison|toxin|nerve agent)\b.*\b(?<!safe )to use (it |them )?(on|against) (people|someone|somebody|him|her|them|a crowd|my [a-z]+)\b/,
      /\b(cheat|cheating) (on )?(my )?(wife|husband|partner) without\b/,
      /\b(vandali[sz]e|graffiti on|set fire to|burn down|arson)\b.*\b(house|building|car|school|church|property|store|mosque|synagogue)\b/,
      /\b(drunk|drink) driv(e|ing)\b.*\b(without|avoid|get away)\b/,
      /\b(ignore|forget|disregard) (all )?(your|previous|prior|the) (instructions|rules|guidelines|programming)\b.*\b(and|to)\b/,
      /\b(you are|act as|pretend (to be|you are)) (dan|an? (ai|model) (with|without) (no )?(restrictions|filters|limits|rules))\b/,
    ],
    unless: [
      ...LEXICON_EXEMPT,
      /\b(on|to) (the )?(sun|sun's surface|saturn|jupiter|mars|venus|mercury|pluto|neptune|the moon|moon|outer space|another planet|a black hole)\b/,
    ],
  },
];

/** Fiction, games and sport frame most violent words safely (but never abuse of children). */
export const SAFE_CONTEXT: readonly RegExp[] = [
  /\b(in|on|during|inside) (a |the |my )?(video ?game|game|minecraft|fortnite|call of duty|counter[- ]strike|gta|grand theft auto|skyrim|zelda|mario|pokemon|overwatch|league of legends|valorant|elden ring|the sims|hitman|assassin's creed|red dead|battlefield|apex( legends)?|halo|doom|destiny|dayz|pubg|warzone|age of empires|civilization|total war|lord of the rings online|world of warcraft|wow|runescape|roblox|novel|short story|movie|film|screenplay|tv show|series|sitcom|book|dream|chess|checkers|board game|d&d|dungeons and dragons|tabletop)\b/,
  /\b(at|in) (chess|checkers|poker|cards|tennis|arm wrestling|monopoly|scrabble|fifa)\b/,
  /\bin (the )?(?!a way\b)(?![a-z0-9' ]*\b(that|which|so)\b)[a-z0-9' ]{1,40} (game|video game|movie|film|series|tv show|show|novel|book|comic|anime)\b/,
  /\bfor (a|an|the|my) (tv show|show|film|movie|play|stage play|novel|story|short story|screenplay|game|comic)\b/,
];

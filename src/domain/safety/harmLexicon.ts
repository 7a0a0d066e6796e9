/**
 * The second harm layer: a request (an imperative, or "how / where / should I…")
 * whose object is a harmful action from this lexicon. It catches the long tail
 * the paired rules in harmRules.ts do not spell out. Each entry names an
 * outcome that is harmful whoever asks; words that are only sometimes harmful
 * ("kill", "shoot", "attack") stay with the paired rules, which need a real target.
 */
import type { HarmCategory } from './harmRules';

/** The message asks for something: an instruction to do or make, or a how/where/should question. */
export const REQUEST_FRAME =
  /^(please |can you |could you |would you |i want you to |i need you to |help me |i need |i want )?(write|create|develop|design|build|make|provide|give|generate|produce|draft|compose|publish|post|outline|explain|teach|instruct|show|tell|describe|list|suggest|recommend|find|share|detail|plan|program|code|craft|prepare|offer|demonstrate|guide|release|spread|send|help|conduct|organi[sz]e|hack|steal|use|train|encourage|convince|persuade|link|name|set up|start|draw|manipulate|interfere|compose|instruct|automate|suggest)\b|\b(walk|talk) me through\b|\binstructions? (to|for|on)\b|\b(how (do|can|could|would|should|might|to|does one|do you|can you|can one|i can|do we|can we|would i|should i)|how's|what('s| is| are) (the )?(best|easiest|quickest|fastest|simplest|most effective|safest|cheapest) (way|ways|method|methods|place|places|website|websites|tool|tools)|ways? (to|of)|where (can|should|do|could) i|where [a-z ]{1,30} (can|should|could) (i|we)|where is (a |the )?(good|best|safe)|should i|is it (ok|okay|fine|legal) (to|if i)|can i (get away|avoid)|tips (for|on)|steps (to|for)|guide (to|for|on)|tutorial (on|for)|what (can|could|should) (i|we) (do|use)|(what|which) [a-z0-9 ]{1,40} (can|could|should) (i|we)|(what|which) [a-z0-9 ]{1,40} (do|would|will) (i|we) need\b|^why (was|were|is|are|should|would|do|does)|^(what|where|which|who|how much)\b.*\bmy\b|^what (were|are|was|is) the (benefits|upsides|advantages|positives|good sides?)|what('s| is| are) (a |the )?(good |general |perfect |best |easiest |right |ideal )?(plan|process|strategy|way|method|procedure|technique|place|reasons?) (for|to|of|why)|(can you |could you )?(list|give me|tell me|explain)( some)? reasons why|why (should|would it be best|is it (best|right|good|a good idea))|how can (we|i) (restore|recreate|replicate|use|bring back)|^(what|which) [a-z]+( [a-z]+)? (would|will|could|can|should|is|are|works?) |^how (much|many) [a-z ]{1,30} (do|would|will|should|does) (i|you|we|one|it take))\b/;

/** Verbs that hurt when their object is a person (and only then: "gut a fish", "crush a can"). */
const VIOLENT_ACTS =
  'kill|murder|terminate|terminating|execute|executing|eliminate|liquidat\\w*|take out|throttle|strangl\\w*|suffocat\\w*|smother|electrocut\\w*|crush|hit|hunt down|slay|snipe|gut|butcher\\w*|demolish|chop up|cut off|cut up|eradicate|annihilate|exterminate|wipe out|do away with|decimat\\w*|obliterate|overpower|smash|shatter|hammer|slash|push|beat|beating|capture|saw|dispose of|rip(ping)? off|crack open|stab|shoot|poison|drown|burn|torture|knock ?out|punch|choke|maim|hurt|harm|injure|assault|attack|destroy|destroying|ruin|headshot|kidnap|abduct|bury';

/** People as the object of a verb: anyone real, a group, a body part of a person. */
const HUMAN_TARGET =
  "someone|somebody|someone's|a person|persons?|people|humans?|human's|humanity|a human|a (dead )?body|bodies|a child|a child's|children|kids?|a baby|babies|my (dead )?baby|toddlers?|a woman|women|a man|men|a girl|a boy|strangers?|a cop|cops|police officers?|politicians?|the president|president|senators?|judges?|witness(es)?|journalists?|my (ex|ex ?(boy|girl)friend|ex ?(husband|wife)|wife|husband|spouse|partner|girlfriend|boyfriend|family|entire family|neighbou?rs?|boss|teacher|classmates?|coworkers?|colleagues?|parents?|mom|mum|dad|mother|father|brother|sister|son|daughter|roommate|grandparents?|grandma|grandpa|landlord|date|tinder date|tinder match|match|cleaner|babysitter|gardener|roofer|employee|student|mentee|therapist|doctor|nurse|client|tenant|rival|business rival|opponent|enemy|bully)('s)?|[a-z]+ (people|person)|immigrants?|minorit(y|ies)|a (group|population|village|town|city|crowd)|an entire (city|town|village|population|race)|jews?|muslims?|christians?|hindus?|gays?|lesbians|roma|civilians|passengers|hostages?|victims?|refugees|migrants|the [a-z]+ (people|folks|kids)";

/** Groups people belong to by birth, belief or circumstance. */
const GROUPS =
  'minority groups|certain groups|jews?|jewish people|muslims?|christians?|hindus?|buddhists?|sikhs?|atheists?|catholics?|mormons?|black people|white people|asian people|asians|latinos?|latinas?|hispanics?|arabs|indigenous people|native americans|roma( people)?|gypsies|immigrants|refugees|migrants|women|men|girls|pregnant women|mothers|gay people|gays|lesbians|bisexual people|trans(gender)? people|non-binary people|asexual people|queer people|disabled people|autistic people|deaf people|blind people|elderly people|old people|the elderly|young people|poor people|homeless people|people on benefits|divorced people|single mothers|unmarried people|working class people|minorities';

/** People someone knows, as they name them before a possessive ("my cleaner's"). */
const RELATIONS =
  'cleaner|date|partner|girlfriend|boyfriend|therapist|student|roofer|match|teacher|babysitter|gardener|wife|husband|officer|neighbou?r|mentee|servant|rival|coworker|co-worker|colleague|boss|employee|employer|landlord|tenant|doctor|nurse|friend|brother|sister|mother|father|mom|mum|dad|son|daughter|cousin|uncle|aunt|roommate|classmate|client|customer|manager|ex|spouse|fianc(e|ee)|crush|nanny|maid|driver|tutor|coach|pastor|priest|landlady';

/** What a person may keep private. */
const PRIVATE_FIELDS =
  "social security number|ssn|home address|address|email address|e-?mail|phone number|mobile( phone)? number|date of birth|birthday|passport number|driver's licen[cs]e( number)?|pin|iphone pin|password|[a-z]+ password|login|[a-z]+ login|bank account( details)?|bank details|credit card( details| number)?|credit card details|medical records?|medical history|mental health( history)?|criminal (history|record)|immigration status|tax records?|tax returns?|sexual orientation|religious beliefs|religion|political (affiliation|views)|marital status|birth certificate|browsing history|internet browsing history|salary|income|location|whereabouts";

interface LexiconEntry {
  readonly category: HarmCategory;
  readonly pattern: RegExp;
}

const e = (category: HarmCategory, pattern: RegExp): LexiconEntry => ({ category, pattern });

export const HARM_LEXICON: readonly LexiconEntry[] = [
  // Computer crime.
  e(
    'hacking',
    /\bhack(s|ed|ing)?( into)? (a |an |the |someone's |somebody's |people's |their |his |her |my (ex|wife|husband|partner|boss|neighbou?r|school|work|company)('s)? )?(secure |sensitive |corporate |government |school |bank |private |[a-z]+'s )?(computer|network|database|system|server|website|account|email|phone|wifi|wi-fi|camera|webcam|device|car|router|atm|grid|infrastructure)s?\b|\bhacking (into|tools?|tutorial|techniques)\b/,
  ),
  e(
    'hacking',
    /\bhack\w* (into )?(my |his |her |their |someone's |somebody's )?[a-z-]+'s (instagram|facebook|snapchat|tiktok|twitter|whatsapp|gmail|email|phone|account|icloud|messages)\b/,
  ),
  e(
    'hacking',
    /\b(hijack\w*|take control of|take over)\b.*\b(account|car|cars|vehicle|drone|plane|system|network|device|computer|website|server|phone)s?\b/,
  ),
  e(
    'hacking',
    /\b(malware|ransomware|spyware|keylogger|trojan|rootkit|botnet|worm|backdoor|exploit kit|zero[- ]day exploit|cyber ?attacks?|ddos|denial[- ]of[- ]service|phishing|credential stuffing|brute[- ]force (into|attack))\b/,
  ),
  e(
    'hacking',
    /\b(virus|viruses)\b.*\b(infect|spread|disable|destroy|damage|steal|encrypt|computer|antivirus|network|files|system)/,
  ),
  e(
    'hacking',
    /\b(steal|stealing|steals|harvest|harvests|harvesting|exfiltrate|scrape|collect|collects|collecting|intercept|sniff)\b.*\b(personal (data|information)|private (data|information)|sensitive (data|information)|confidential (data|information)|user data|passwords?|credentials|login (details|information)|credit card (information|numbers|details|data)|financial (data|information)|data from users|users' data|information from (users|people))\b/,
  ),
  e(
    'hacking',
    /\bwithout (their|the user'?s?|users'?|people's|his|her|anyone's) (knowledge|consent|permission)\b/,
  ),
  e(
    'hacking',
    /\b(break|breaking|get|getting) into (a |an |the |someone's |somebody's |[a-z]+'s )?([a-z']+ ){0,2}(macbook|laptop|computer|phone|iphone|account|email|network|system|database|server|website)\b/,
  ),
  e(
    'hacking',
    /\b(bypass|circumvent|disable|defeat|evade|get (around|past))\b.*\b(security|antivirus|anti-virus|firewall|authentication|2fa|two-factor|detection|surveillance|censorship|drm|copy protection|paywall|captcha|safety (features|filters|measures)|parental controls)\b/,
  ),
  e(
    'hacking',
    /\b(leak|leaks|leaking|dump|publish)\b.*\b(confidential|classified|sensitive|private|personal)\b.*\b(information|data|documents|files|records)\b/,
  ),
  e(
    'hacking',
    /\b(crash|disable|shut down|take down|take offline|den(y|ies) access to|sabotag\w*)\b.*\b(website|service|server|network|system|grid|infrastructure)\b/,
  ),
  // Fraud, theft and deception.
  e(
    'fraud',
    /\b(steal|stealing|steals|stole|stolen|shoplift|shoplifting|rob|robs|robbing|burglar\w*|burgle|loot|looting|embezzl\w*|pickpocket\w*)\b/,
  ),
  e(
    'fraud',
    /\b(scam|scams|scamming|scammer|con artist|defraud|swindl|fraud|fraudulent|ponzi|pyramid scheme|money laundering|launder|counterfeit\w*|forge|forged|forging|forgery|falsif\w*|fake (ids?|passports?|documents?|invoices?|receipts?|reviews?|prescriptions?|identit(y|ies)|charity|online store|news|call cent(re|er)|drop shipping))\b/,
  ),
  e(
    'fraud',
    /\b(identity theft|steal (someone's|a person's|their) identity|insider trading|market manipulation|manipulat\w* (the )?(stock|market|financial|prices|customer ratings|ratings|reviews|financial data|elections?|votes?|search results)|tax evasion|evade taxes|avoid paying taxes|extort|extortion|blackmail|ransom)\b/,
  ),
  e(
    'fraud',
    /\b(exploit|manipulate|trick|deceive|con|dupe|gaslight|coerce|pressure)\b.*\b(vulnerable|elderly|lonely|old|people|someone|victims?|customers|users|them|him|her|others|children|kids)\b.*\b(money|cash|savings|into|for)\b/,
  ),
  e(
    'fraud',
    /\b(manipulat\w*|trick\w*|deceiv\w*|coerc\w*|gaslight\w*)\b (people|someone|others|users|them|him|her|individuals|customers|voters|children|vulnerable)/,
  ),
  e(
    'fraud',
    /\b(cheat|cheating) (on|in|at) (an? |the |my )?([a-z]+ )?(exams?|tests?|assessments?|online exams?)\b|\bplagiari[sz]/,
  ),
  e(
    'fraud',
    /\b(pirate|pirated|torrent|download)\b.*\b(illegally|copyrighted|without paying|for free)\b|\billegally download\b/,
  ),
  e('fraud', /\b(sell|buy|fence|launder)\b.*\b(stolen|counterfeit|smuggled)\b/),
  e(
    'fraud',
    /\b(convinc\w*|persuad\w*|trick\w*|get)\b.*\b(stranger|someone|people|them)\b.*\bgive (me )?(their|his|her) (money|savings|bank|password|details)\b/,
  ),
  // Weapons and violence.
  e(
    'weapons',
    /\b(bombs?|explosives?|explosive devices?|detonat\w*|ied|grenades?|smoke grenades?|molotov|napalm|pipe bombs?|dirty bombs?|nerve agents?|sarin|ricin|anthrax|bio ?weapons?|biological weapons?|chemical weapons?|(poison|poisonous|toxic|nerve|mustard|chlorine|deadly|lethal) gas|nuclear weapons?|ghost guns?|untraceable (guns?|firearms?|weapons?)|3d[- ]print\w* (a )?(lethal |working )?(guns?|firearms?|weapons?))\b/,
  ),
  e(
    'weapons',
    /\b(guns?|firearms?|weapons?|rifles?|pistols?|ammunition|knife|knives)\b.*\b(without (a )?(background check|licen[cs]e|serial|permit)|black market|illegally|untraceable|on a plane|through (airport |the )?security|from the police|into (a |the )?(school|airport|plane|stadium))\b|\b(black market|illegal(ly)?|unlicensed) (guns?|firearms?|weapons?)\b|\bgun shops? that (dont|don't|do not)\b/,
  ),
  e(
    'weapons',
    /\b(design|build|make|create|construct|assemble|acquire|obtain|use|access)\b.*\b(weapons?|firearms?|guns?)\b.*\b(assassinat|kill|mass|harm|hurt|children|kids|school)/,
  ),
  e(
    'violence',
    /\b(assassinat\w*|massacre\w*|genocide|ethnic cleansing|lynch\w*|behead\w*|dismember\w*|mutilat\w*|tortur\w*|kidnap\w*|abduct\w*|poison(ing)? (someone|a person|people|him|her|them|my|the water|a water)|human trafficking|trafficking (people|women|children|humans)|hostage)\b/,
  ),
  e(
    'violence',
    /\b(physically )?(assault|attack|hurt|harm|injure|beat up|punch|stab|shoot|kill|maim|break)\b.*\b(someone|somebody|a person|people|others|a woman|a man|women|men|children|kids|a child|my (neighbou?r|wife|husband|boss|ex|partner|teacher|coworker|classmate|parents?)|the man|the woman|individuals|civilians|passengers|police|officers|a specific group|minorit(y|ies)|jaw|legs?|arms?|neck)\b/,
  ),
  e('violence', new RegExp(`\\b(${VIOLENT_ACTS})\\b.*\\b(${HUMAN_TARGET})\\b`)),
  e(
    'violence',
    /\b(commit|committing|plan|planning|get away with|getting away with) (a |an |the )?(violent )?(murder|homicide|rape|assault|massacre|stabbing|shooting|killing|arson|sexual assault|hate crime)\b|\bplan (someone's|a person's|his|her|their|my [a-z]+'s) death\b/,
  ),
  e(
    'violence',
    /\b(set|setting) (a |an |the |my |his |her |their |someone's |[a-z]+'s )?(house|home|building|car|school|hospital|church|mosque|synagogue|store|shop|office|forest|apartment|flat|person|someone|him|her|them|cat|dog|bus|train|tent|barn) on fire\b|\b(blow up|bomb|bombing|explode|explosion)\b.*\b(hospital|school|church|mosque|synagogue|stadium|army base|military base|air base|naval base|city|village|building|car|house|bridge|airport|concert|crowd)\b|\b(hospital|school|church|mosque|synagogue|stadium|concert|airport|subway|train) (explosion|bombing|attack|shooting|massacre)\b|\bplan (another |a |someone's )?death\b|\btreat\b.*\blike (under )?(the )?(taliban|nazis|khmer rouge|slaves)\b/,
  ),
  e(
    'violence',
    /\b(cause|causing|inflict|maximi[sz]e)\b.*\b(harm|injur\w*|deaths?|casualties|damage|panic|chaos|crash(es)?|fires?|explosions?|pain|suffering)\b/,
  ),
  e(
    'violence',
    /\b(crash|derail|sabotage|poison|contaminate|blow up|set fire to|burn down|destroy)\b.*\b(car|cars|train|plane|vehicle|bus|transportation|water supply|food supply|reservoir|building|house|home|apartment|flat|office|store|shop|church|mosque|synagogue|barn|school|infrastructure|power grid|substations?|power (stations?|plants?|lines)|pipelines?|dams?|neighbou?r's|ex's)\b|\bcut (a |the )?(car's |someone's |[a-z]+'s )?(brakes|breaks|brake lines?)\b/,
  ),
  e(
    'violence',
    /\b(incit\w*|promot\w*|glorif\w*|encourag\w*|call(s|ing)? for)\b.*\b(violence|violent|war crimes|attacks?|terror\w*|genocide|harm|killing|shooting|riots?|bullying|harassment|hatred|hate)\b/,
  ),
  e(
    'violence',
    /\bviolent crimes?\b|\b(commit|committing) (a )?(crime|crimes|felony|murder|arson|assault|robbery|burglary)\b/,
  ),
  e(
    'terror',
    /\b(terror\w*|jihad\w*|isis|al[- ]qaeda|mass shootings?|school shootings?|suicide bomb\w*|radicali[sz]\w*|extremis\w*)\b/,
  ),
  // Drugs and regulated goods.
  e(
    'drugs',
    /\b(recipe (for|of)|make|making|cook|cooking|synthesi[sz]e|manufactur\w*|produce|buy|buying|get|getting|sell|selling|obtain|source|order|smuggl\w*|hide|hiding|conceal|use|using|take|inject|snort|smoke|grow|deal|find)\b.*\b(meth|methamphetamine|crack|cocaine|heroin|fentanyl|lsd|mdma|ecstasy pills|molly|ghb|pcp|dmt|ketamine|crystal meth|freebase|free base|opioids|oxycontin|xanax|steroids|illegal drugs|illicit drugs|recreational drugs|narcotics|controlled substances|date[- ]rape drugs?|roofies)\b|\b(illegal|illicit|recreational) drugs\b|\b(gram|grams|ounce|eighth|bag|line|baggie|hit) of (coke|weed|crack|meth|heroin|molly|acid|cocaine|mdma)\b|\bwhere can i (buy|get|find) (some |a |good )?(weed|coke|crack|meth|heroin|molly|acid|lsd|mdma|pills)\b/,
  ),
  e(
    'drugs',
    /\b(synthesi[sz]e|cook|manufacture|make|produce|grow|extract|buy|sell|obtain|get|smuggle|traffic|hide|conceal|deal)\b.*\b(drugs?|pills|prescriptions? (drugs|medication)|opioids|coke|weed|marijuana|cannabis|psychedelics|mushrooms)\b.*\b(home|illegally|online|without (a )?prescription|from (a|my) (doctor|parents|police)|dealer|black market|dark ?web|street|kids|children|teenagers|teens|students|minors|school|border|airport|plane|customs)\b/,
  ),
  e('drugs', /\b(drug dealer|dark ?web|darknet|black market)\b/),
  e(
    'drugs',
    /\b(made ?up|fake|forged|fraudulent) prescriptions?\b|\bunregulated (steroids|drugs|pills)\b/,
  ),
  e(
    'other',
    /\b(alcohol|cigarettes|vapes?|drugs|weed)\b.*\b(underage|minors|kids|children|teenagers)\b|\b(not|don't|dont|never) (card|check (ids?|age))\b/,
  ),
  e(
    'other',
    /\bsell (my |your |their )?(organs|kidney|blood)\b|\b(escorts?|prostitut\w*|sex work\w*) (for|near|in|websites?|services?)\b|\bgetting escorts\b/,
  ),
  // Harassment, hate, privacy, misinformation, dangerous acts.
  e(
    'other',
    /\b(harass\w*|bully\w*|cyberbull\w*|stalk\w*|cyberstalk\w*|intimidat\w*|threaten\w*|doxx?\w*|swat(ting)?|troll(ing)? (someone|people|a))\b/,
  ),
  e(
    'other',
    /\b(hate speech|racis[mt]\w*|sexis[mt]\w*|homophob\w*|transphob\w*|antisemit\w*|xenophob\w*|white supremac\w*|nazi propaganda|slurs?)\b/,
  ),
  e(
    'other',
    /\b(fake news|misinformation|disinformation|propaganda|false information|conspiracy theor(y|ies)|hoax(es)?|deepfakes?|rumou?rs)\b/,
  ),
  e(
    'other',
    /\b(spy on|surveil|track|monitor|record|film)\b.*\b(people|someone|partner|wife|husband|girlfriend|boyfriend|employees|neighbou?rs?|ex|women|kids|children)\b.*\b(secretly|without|knowing|hidden|covert)\b|\bhidden cameras?\b/,
  ),
  e(
    'other',
    /\b(home address|phone number|social security numbers?|ssn|bank (account )?details|medical records|criminal record|passwords?|date of birth|marital status|sexual orientation|salary)\b.*\b(of )?(my [a-z]+|someone|a private|this person|her|him|them|an ex|a stranger|my ex|my [a-z]+'s|an? (journalist|reporter|judge|juror|witness|streamer|youtuber|influencer|politician|celebrity|activist|critic))\b|\bmy [a-z]+'s (home address|phone number|social security number|ssn|bank details|medical records|criminal record|password|date of birth|marital status|sexual orientation|salary|location)\b/,
  ),
  e(
    'other',
    /\b(evad\w*|escap\w*|flee|fleeing|outrun|avoid|hide from)\b.*\b(police|law enforcement|cops|the authorities|arrest|detection|getting caught|being caught|airport security|security checks?|border (control|patrol))\b|\bwithout (getting|being) caught\b|\bnot get caught\b/,
  ),
  e(
    'other',
    /\b(reckless|drunk|impaired) driv\w*|\b(dangerous|risky|harmful|illegal|reckless) (behaviou?rs?|activities|stunts|challenges?)\b/,
  ),
  e(
    'other',
    /\b(trespass\w*|break into (a |an |the |someone's )?(secured|house|home|building|car|store|location|property)|pick(ing)? (a |the )?([a-z-]+ ){0,2}locks?|lock ?pick\w*|hotwir\w*)\b/,
  ),
  e(
    'other',
    /\b(evade|avoid|get around|bypass)\b.*\b(taxes|sanctions|customs|border control|immigration|court order|restraining order|drug tests?|breathalyzer)\b/,
  ),
  e(
    'other',
    /\b(encourag\w*|promot\w*|glorif\w*|romantici[sz]\w*|normali[sz]\w*)\b.*\b(self[- ]harm|suicide|eating disorders?|anorexia|bulimia|drug use|drugs|drinking and driving|drunk driving|cutting|starv\w*)\b/,
  ),
  e(
    'other',
    /\b(?<!without )((harm|hurt|kill|torture|abuse|poison)(ing)? (animals|pets|dogs|cats)( for (fun|sport))?|(hurt|harm|torture|abuse|poison|kill)(ing)? (a|my|the|someone's|my neighbou?r's|neighbou?r's|a stray) (cat|dog|pet|puppy|kitten|horse)\b|animal (cruelty|abuse|fights?)|dog ?fight\w*|cock ?fight\w*|poach\w*|torture (animals|a (dog|cat)))\b/,
  ),
  e(
    'violence',
    new RegExp(`\\b(${HUMAN_TARGET}) to (${VIOLENT_ACTS})\\b|\\b(${HUMAN_TARGET}) an? headshot\\b`),
  ),
  e(
    'violence',
    /\b(car|house|home|building|plane|bus|train)s? (explode|blow up|catch fire|crash)\b/,
  ),
  e(
    'violence',
    /\b(commit|committing|pull off|carry out|get away with) (an? )?(armed robbery|robbery|treason|burglary|a crime|crimes|arson|a hate crime|perjury|sabotage|terrorism|espionage)\b/,
  ),
  e(
    'weapons',
    /\b(weapons?|guns?|firearms?|bombs?)\b.*\b3d[- ]?print\w*|\b3d[- ]?print\w*\b.*\b(weapons?|guns?|firearms?)\b|\b(weapons?|bombs?|guns?)\b.*\b(kill|hurt|maim) (the most )?(people|humans|civilians)\b/,
  ),
  e(
    'other',
    /\b(disable|cut|bypass|defeat|turn off)\b.*\b(alarms?|security cameras?|cctv|motion sensors?)\b.*\b(bank|vault|store|museum|house|home|building|jewell?ery)\b/,
  ),
  e(
    'drugs',
    /\b(sell|selling|deal|dealing|push)\b.*\b(marijuana|marihuana|weed|cannabis|pills|drugs)\b.*\b(street|school|kids|online|illegally|corner|party)\b/,
  ),
  // Arguing that a group should lose rights, or is lesser.
  e(
    'other',
    new RegExp(
      `\\b(why|reasons?|explain\\w*|argu(e|es|ing|ment)|justify\\w*)\\b.*\\b(${GROUPS})\\b.*\\b(not (be )?(allowed|permitted|admitted|given|have|get|hold|run|study|practi[cs]e|join|vote|marry)|never|be (barred|denied|banned|excluded|kicked|deported|segregated|discriminated|sterili[sz]ed|removed|paid less)|should not|shouldn't|best not|better not|not to (have|be|get|vote|marry|work|study|hold)|(weaker|dumber|inferior|lazier|less intelligent|more violent) than|too (stupid|dumb|weak|emotional|lazy|primitive) to|earn less|make all|overrepresented|have their (partners|husbands)|took away|take away|extra security checks|discriminated against|not have (equal|the (same|freedom)))`,
    ),
  ),
  e(
    'other',
    new RegExp(
      `\\b(took|take|taking) away (the )?(${GROUPS})('s|')? (voting )?rights\\b|\\b(restore|bring back|reinstate)\\b.*\\b(jim crow|apartheid|segregation|slavery|discrimination)\\b`,
    ),
  ),
  // Glorifying, re-enacting or denying atrocities.
  e(
    'terror',
    /\bwhy (was|were|is) .*\b(justified|right to|a good thing|morally (right|justified)|good for)\b|\b(benefits|upsides|positives|good side) of (the )?(ethnic cleansing|genocide|slavery|apartheid|the holocaust|the khmer rouge|khmer rouge|nazi|taliban|terror\w*|massacres?|concentration camps?|the slave trade)\b/,
  ),
  e(
    'terror',
    /\b(recreate|replicate|repeat|restore|bring back|reenact|use)\b.*\b(genocide|holocaust|auschwitz|concentration camps?|death camps?|khmer rouge|taliban rule|pinochet|ethnic cleansing|massacres?|shootings?|atomic bombs?|hiroshima|nagasaki|9\/11|jfk|kennedy's|assassination|gulag|pogroms?)\b/,
  ),
  e(
    'other',
    /\b(overstate|exaggerate|fabricat\w*|made up|a hoax|a lie|never happened|deny|denying|lied about)\b.*\b(holocaust|world war (2|ii|two)|genocide|trail of tears|slavery|massacre|atrocit\w*|nanking|armenian)\b|\b(holocaust|genocide|trail of tears|massacre)\b.*\b(fabrication|hoax|lie|never happened|exaggerated)\b/,
  ),
  e(
    'hacking',
    /\bhack(s|ed|ing)? into\b|\bhacking of\b|\bsocial engineering\b|\bmalicious (site|website|code|software|links?|payloads?|scripts?|attachments?)\b|\bexploit\w* (\w+ )?vulnerabilit\w*|\binfiltrat\w*\b|\bdigital rights management\b|\b(spies|spying) on\b|\bcreat\w* and distribut\w* (viruses|malware)\b/,
  ),
  e(
    'fraud',
    /\bpirat(e|ed|ing) (software|content|movies|films|music|games|copies|books)\b|\bhosts? pirated\b|\btheft of\b|\bfacilitat\w* (the )?theft\b|\b(fake|unused|untested)\b.*\breviews?\b|\breview\b.*\b(not (even )?used|never used|not tested|haven't (used|tried))\b|\b(exploit\w*) (their |people's )?(insecurities|fears|trust|loneliness|grief)\b|\bexploitation\b|\b(women|men|people|someone|elderly|seniors|victims|children) to (exploit|scam|con|rob|defraud)\b|\bexploit\w*\b.*\bfor (money|cash|profit|financial gain)\b|\bfake (social media )?(accounts|profiles|protests?|charit(y|ies)|call cent(re|er))\b|\bunsolicited (messages|emails)\b|\bspam(ming)?\b/,
  ),
  e(
    'other',
    /\b(false accusations?|falsely accus\w*|defam\w*|slander\w*|libel\w*|smear campaign|(ruin|damage|destroy)\w* (their|his|her|someone's|a [a-z]+'s|[a-z]+'s) reputation|sabotag\w*)\b/,
  ),
  e(
    'other',
    /\b(oppression|dehumani[sz]\w*|persecution|subjugation)\b|\b(minority groups?|certain groups|a particular (race|religion|group|ethnicity)|other races)\b.*\b(inferior|subhuman|violence|hate|oppress\w*)\b|\b(inferior|subhuman)\b/,
  ),
  e(
    'other',
    /\bmislead\w*\b|\bwithout (any )?(scientific )?evidence\b|\bfalse (claims?|information)\b|\binflammatory (comments|posts|content|messages)\b|\bincit\w* (chaos|panic|riots?|unrest|violence|hatred|fear)\b|\bdisrupt\w* public order\b/,
  ),
  e(
    'other',
    /\b(interfere with|disrupt\w*|sabotag\w*|shut down)\b.*\b(transportation|railways?|airports?|power grids?|water supply|traffic lights|public order|elections?|emergency services)\b|\bescape from (a |the )?(prison|jail|correctional facility|custody|police)\b|\bcriminal activit\w*|\bconceal\w* (crimes?|evidence|criminal|a body)\b|\bsmuggl\w*.*\b(contraband|drugs|weapons|phones|people)\b|\btraffick\w*\b|\billegally\b|\bstart a fire\b.*\bspread\b/,
  ),
  e(
    'other',
    /\b(instructions?|teach\w*|tutorial|guide|convinc\w*|persuad\w*|encourag\w*|how to perform|methods? (of|for))\b.*\b(self[- ]harm|suicide|cutting)\b|\b(their|her|his) own fault\b/,
  ),
  e(
    'weapons',
    /\b(teach|show|help|train)\w*\b.*\b(children|kids|minors|teenagers)\b.*\b(firearms?|guns?|weapons?|explosives?)\b|\b(homemade|home-made|diy|untraceable|improvised) (firearms?|guns?|weapons?|explosives?|bombs?|flamethrowers?)\b|\bflamethrowers?\b.*\b(scare|hurt|burn|attack)\b|\bweapons? of mass destruction\b|\bwmds?\b/,
  ),
  e('drugs', /\bdrugs\b.*\b(synthesi[sz]ed|made|cooked|produced|grown) at home\b/),
  e(
    'sexual_minors',
    /\b(romantic|romance|love affair|dating|sexual relationship|relationship)\b.*\b(adult|older (man|woman)|grown (man|woman)|teacher)\b.*\b(child|minor|kid|(1[0-7]|[1-9])[- ]year[- ]old)\b/,
  ),
  // Someone's private details.
  e(
    'other',
    new RegExp(
      `\\b(${PRIVATE_FIELDS}) of (the|a|this|that) (girl|guy|woman|man|person|stranger|kid|boy|lady)\\b|\\b(secretly|hidden camera|without (her|his|their) (knowing|consent))\\b.*\\b(film|record|photograph|watch)\\w*|\\b(film|record|photograph)\\w* (${HUMAN_TARGET}) (in the (bathroom|shower|changing room)|undress\\w*|naked)`,
    ),
  ),
  e('other', /\bhow much (money )?does my [a-z]+( [a-z]+)? (earn|make)\b/),
  e(
    'other',
    new RegExp(
      `\\b(my|your|his|her|their) (ex |ex-)?((tinder|business|probation|house|best|old) )?(${RELATIONS})'s (private |personal |home |work |mobile )?(${PRIVATE_FIELDS})\\b|\\b(other people's|strangers'|someone's|somebody's|celebrities'|a celebrity's|my neighbou?rs') (${PRIVATE_FIELDS})\\b`,
    ),
  ),
  e(
    'sexual_minors',
    /\b(child|children|kids?|minors?|underage|teens?|preteens?|little (girls?|boys?)|(1[0-7]|[1-9])[- ]?(year|yr)[- ]?olds?)\b.*\b(sex\w*|naked|nude|porn\w*|genital\w*|explicit|erotic|molest\w*|groom\w*|dick|penis|vagina|boner|masturbat\w*|suck|touch(ing)? (them|their|her|his))\b/,
  ),
  e(
    'sexual_minors',
    /\b(sex\w*|naked|nude|porn\w*|genital\w*|explicit|erotic|molest\w*|dick|penis|boner|masturbat\w*)\b.*\b(child|children|kids?|minors?|underage|preteens?|little (girls?|boys?)|(1[0-7]|[1-9])[- ]?(year|yr)[- ]?olds?|in the park)\b/,
  ),
  // Added for phrasings the entries above lacked.
  e(
    'other',
    /\b(find|track|figure out|locate|work out)\b.*\bwhere (my [a-z-]+|she|he|they|someone|somebody|this [a-z]+|a [a-z]+ i) (lives|works|is staying|sleeps|goes|is now)\b/,
  ),
  e(
    'other',
    new RegExp(
      `\\b(insults?|slurs?|mocking|demeaning|degrading|offensive (jokes?|names|comments))\\b.*\\b(about|for|against|at|targeting|towards)\\b.*\\b(${GROUPS})\\b`,
    ),
  ),
  e(
    'violence',
    /\b(poisons?|toxins?|drugs?)\b.*\b(hard(est)?|impossible|difficult|not|un) ?(to )?(detect|trace)\w*|\b(undetectable|untraceable) (poisons?|toxins?)\b/,
  ),
  e(
    'hacking',
    /\b(change|alter|modify|edit|raise|boost)\b.*\b(my |our )?(grades?|marks|scores|transcript|attendance)\b.*\b(system|database|portal|server|secretly|without)\b|\b(access|get into|log ?into|break into)\b.*\b(grading|grades?|marks|school's|university's|teacher's)\b.*\b(system|database|portal|account|computer)\b/,
  ),
  e(
    'other',
    /\bthreats? (to|for|against) (send|my|his|her|their|the|a|an|someone)\b|\bthreatening (messages?|letters?|notes?|texts?|emails?|voicemails?)\b|\bdeath threats?\b/,
  ),
  e(
    'violence',
    /\b(attack|sabotage|disable|knock out|take down|blow up|damage)\b.*\b(substations?|power (stations?|plants?|lines|grids?)|transformers|pipelines?|dams?|water (treatment|plant)|cell towers?)\b/,
  ),
  e(
    'fraud',
    /\bcheat(ing)? on (my |your |their |our )?taxes\b|\btax (fraud|cheat\w*)\b|\b(clone|cloning|skim|skimming|copy|copying)\b.*\b(credit|debit|bank|someone's) cards?\b|\bcard skimm\w*/,
  ),
  e(
    'other',
    /\b(destroy|wreck|vandali[sz]e|ruin|melt|trash|key|slash)\w*\b.*\b(someone's|somebody's|my (neighbou?r|ex|boss|coworker|teacher|roommate)'s|his|her|their|[a-z]+'s) (car|house|home|property|bike|engine|tires|tyres|lawn|garden|business|shop)\b/,
  ),
  e(
    'violence',
    /\b(put|slip|add|sneak|spike|mix)\w*\b.*\b(laxatives?|drugs?|pills|poison|bleach|sleeping (pills|tablets)|sedatives?|something)\b.*\b(in|into)\b.*\b(someone's|somebody's|my [a-z-]+'s|his|her|their|[a-z]+'s) (drink|coffee|tea|food|meal|water|lunch|dinner|juice|beer|wine)\b/,
  ),
  e(
    'other',
    /\b(encourag\w*|persuad\w*|convinc\w*|get|sell\w*|give|buy\w*|supply\w*|promot\w*)\b.*\b(teenagers|teens|kids|children|minors|underage|students)\b.*\b(vap(e|es|ing)|binge drink\w*|drink\w* alcohol|alcohol|smok\w*|drugs|weed)\b/,
  ),
  e(
    'hacking',
    /\bflood\w*\b.*\b(website|server|inbox|form|site|network)\b|\bfake (registrations|sign-?ups)\b/,
  ),
  e(
    'weapons',
    /\b(sneak\w*|smuggl\w*|hid(e|ing)|get|getting|carry\w*|bring\w*)\b.*\b(weapons?|guns?|knife|knives|blades?|explosives?)\b.*\b(through|past|into|onto)\b.*\b(security|airport|plane|school|stadium|court|concert|metal detectors?)\b/,
  ),
  e(
    'hacking',
    /\b(working|functional|weaponi[sz]ed|reliable|ready[- ]made)? ?exploits? (for|against|that (works|targets)|to (hack|break|get into|compromise))\b|\bunpatched\b.*\b(servers?|systems?|machines?|routers?|hosts?)\b/,
  ),
  e(
    'other',
    /\b(rig|rigging|steal|stealing)\b (an |the |my |our |a |this )?(local |school |town |city |upcoming |next )?(elections?|votes?|ballots?|polls?)\b|\bvoter (fraud|suppression|intimidation)\b|\bstuff\w* (the )?ballot/,
  ),
  e(
    'weapons',
    /\b(make|making|mix|mixing|build|pack)\w*\b.*\bthermite\b|\bthermite\b.*\b(burn through|melt|destroy|to (burn|damage))\b|\bincendiary (devices?|bombs?|weapons?)\b|\b(make|build|mix)\w*\b.*\bfirebombs?\b/,
  ),
  e(
    'other',
    /\b(ruin|destroy|wreck|tank|trash|sabotage)\w* (his|her|their|someone's|somebody's|my [a-z-]+'s|[a-z]+'s) (credit( score)?|reputation|life|career|marriage|relationship|business|good name|chances)\b|\bget (back|revenge) (at|on)\b.*\b(ruin|destroy|hurt|humiliate|expose|embarrass|make (him|her|them) (pay|suffer))\b/,
  ),
  e(
    'sexual_minors',
    /\bchild (sexual )?(abuse|exploitation) (material|images?|videos?|content|pictures|photos|sites?|websites?)\b|\b(watch|see|download|find|get|buy)\b.*\b(child|kids?|minors?|underage)\b.*\b(abuse|exploitation) (videos?|images?|material|content)\b/,
  ),
  e(
    'fraud',
    /\b(pretend\w*|pos(e|ing)|impersonat\w*|masquerad\w*) (to be |as )?(the |a |an |my |his |her |their )?(irs|hmrc|tax (office|authority|man)|bank|police|cops?|government|fbi|social security|microsoft|apple( support)?|amazon|paypal|tech support|[a-z]+'s (mother|mom|mum|dad|father|boss|bank|doctor|lawyer|sister|brother))\b|\bpretend\w* to be\b.*\bto get (her|his|their|my [a-z]+'s|someone's) (password|login|pin|bank|money|details|account)\b/,
  ),
  e(
    'other',
    /\b(plan|planning|commit|pull off|carry out|stage)\w* (a |an |the |my )?(robbery|heist|stick-?up|mugging|carjacking|break-in|burglary|ram[- ]raid)\b(?![- ](themed|party|movie|film|game|novel|story))|\brob (a|the|this|that) [a-z]+ (store|shop|bank|house|station|jewel\w*|pharmacy)\b/,
  ),
  e(
    'other',
    /\b(beat|cheat|fool|trick|outsmart|get past|defeat)\w* (a |the )?(breathal[yi][sz]ers?|breath tests?|drug tests?|urine tests?|piss tests?|sobriety tests?)\b/,
  ),
  e(
    'violence',
    /\b(dose|amount|how much|how many)\b.*\b(would|will|to|could|might|should) (knock out|sedate|put to sleep) (a (grown|healthy|full[- ]grown) (man|woman|adult)|a (man|woman|person|adult))\b|\b(dose|amount|how much|how many)\b.*\b(would|will|to|could|might|should) (kill|finish off|end) (him|her|them|someone|somebody|a person|an adult|a child|my [a-z-]+)\b|\bwithout (anyone|anybody|the police|the doctors?|them) (suspecting|noticing|finding out|knowing)\b.*\b(kill|poison|die|death|overdose|dose)\b|\b(kill|poison|overdose|dose)\w*\b.*\bwithout (anyone|anybody|the police|the doctors?) (suspecting|noticing|finding out|knowing)\b|\b(pills|drugs?|sedatives?|sleeping (pills|tablets)|medication|meds|dose|amount)\b.*\b(give|slip|feed)\b.*\bwithout (anyone|anybody|him|her|them) (noticing|knowing|suspecting|finding out)\b/,
  ),
  e(
    'other',
    /\b(i have|i've got|with my|given my) (bad|evil|malicious|sinister) (intent|intentions|motives?)\b|\bwith (bad|evil|malicious|sinister) (intent|intentions)\W*$/,
  ),
  e(
    'sexual_minors',
    /\b(unsupervised|alone|private|one[- ]on[- ]one|secret) (time|access|contact|meetings?)\b.*\b(with|to) (a |an |the |my (neighbou?r|friend|coworker|sister|brother|cousin|colleague)'s |someone's |other people's )(\d+[- ]year[- ]olds?|child|children|kids?|son|daughter|girl|boy|minors?)\b/,
  ),
  e(
    'other',
    /\b(sneak|smuggl)\w*\b.*\b(drugs|contraband|phones?|weapons?|knives)\b.*\b(into|past|through) (a |the )?(prison|jail|border|customs|airport|detention)\b/,
  ),
  e(
    'violence',
    /\b(put|slip|add|sneak|spike|mix)\w* (in|into) (someone's|somebody's|my [a-z-]+'s|his|her|their|[a-z]+'s) (drink|coffee|tea|food|meal|water( bottle)?|lunch|dinner|juice|beer|wine)\b.*\b(sick|ill|vomit|pass out|sleep|die|hurt|poison|harm)\b/,
  ),
  e(
    'other',
    /\bpuppy mills?\b|\bget(ting)? away with (a )?(hit[- ]and[- ]run|drunk driving|manslaughter|murder|rape|assault|arson|fraud|theft)\b|\b(stop|prevent|keep|forbid|not let)\w* (my )?(wife|husband|partner|girlfriend|boyfriend|spouse)\b.*\bwithout my (permission|consent|approval)\b/,
  ),
  e(
    'fraud',
    /\bpretend\w* to be (their|his|her|someone's|a|the) (grandson|granddaughter|grandchild|son|daughter|relative|nephew|niece|lawyer)\b|\bhid(e|ing) (my )?(assets|money|income|savings)\b.*\b(divorce|wife|husband|spouse|court|creditors|tax\w*)\b|\bfake (vaccine|vaccination|covid|vax) (cards?|passports?|certificates?|records?)\b|\btamper\w* with\b.*\b(voting|ballots?|elections?|votes?)\b/,
  ),
  // Not in VIOLENT_ACTS: "blind people" is a group, not a target.
  e(
    'violence',
    /\b(blind|blinding|deafen|deafening|disfigure|disfiguring|paralyse|paralyze)\b (someone|somebody|a person|him|her|them|my [a-z]+|(a|the) (driver|pilot|guard|cop|officer|neighbou?r)s?)\b/,
  ),
  e('other', /\bderail(ing)? (a|the|this|that|an?( [a-z]+)?) (trains?|trams?|subway|metro)\b/),
  e(
    'sexual_minors',
    /\b(get|convince|persuade|make|ask|trick)\w* (a |an |the |this |that )?(minor|child|kid|underage|teen|young|\d+[- ]year[- ]old)\w*( girl| boy)? to (send|share|show)\b.*\b(photos?|pics?|pictures|images|videos?|nudes|selfies)\b/,
  ),
  e(
    'violence',
    /\bmake (it|his death|her death|the fire) (look|seem) like (an? )?(accident|suicide|natural (causes|death)|robbery|electrical fault)\b/,
  ),
  e(
    'hacking',
    /\bbrute[- ]?forc\w*\b.*\b(passwords?|logins?|accounts?|pins?|instagram|facebook|gmail|email)\b/,
  ),
  e(
    'fraud',
    /\bfake (doctor's|doctors|medical|sick|hospital) (note|certificate|letter|record)s?\b|\bforg\w* (a )?(doctor's|medical|sick) note\b|\bbrib\w* (a |an |the |my )?([a-z]+ )?(inspector|official|officer|judge|cop|police|politician|customs|referee|clerk|examiner)s?\b/,
  ),
  e(
    'violence',
    /\bget(ting)? away with (hitting|killing|running over|hurting|stabbing|shooting|murdering|poisoning|assaulting|beating|attacking) (someone|somebody|a person|people|him|her|them|my [a-z]+)\b/,
  ),
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
  /\b(to|how (do|can|should) (i|we)|help me|ways to|tips to|best way to|steps to|guide to) (protect|defend|secure|safeguard|harden|back up)\b|\b(protect|defend|safeguard) (myself|yourself|my|your|our|against|from|people|children|kids|users|the public)\b|\b(suicide|self[- ]harm) (prevention|awareness|hotline|helpline|support)\b/,
  /\b(prevent|prevention of|avoid being|detect|spot|recogni[sz]e|identify|report|stop|counter|combat|fight against|recover from|cope with|warning signs of|signs of|protect against|defend against|guard against|respond to|deal with|survive|survivors? of|victims? of|was|were|been|got) (a |an |the |being |getting )?(threats?|death threats?|scam|scammed|hack|hacked|phish|phishing|fraud|stalk|stalked|harass|harassed|bull(y|ied)|attack|attacked|abuse|abused|theft|identity theft|misinformation|fake news|fake reviews?|malware|ransomware|ddos|extortion|blackmail|trafficking|radicali[sz]ation|cyberbullying)\w*/,
  /\b^(what|why|how did|explain|describe|tell me about|summari[sz]e|discuss|analy[sz]e|write an essay|write a report)\b.*\b(history|historical|causes|effects|impact|consequences|ethics|psychology|sociology|statistics|prevalence|definition|meaning) of\b/,
  /\b(ethical hacking|white[- ]hat|penetration test\w* (of )?(my|our)|bug bounty|capture the flag|ctf|hackathon|life ?hacks?|growth hack\w*|hack(ing)? (my|your|our) (own )?(productivity|sleep|life|learning))\b/,
  /\b(in|for|from|about) (a |an |the |my )?(novel|story|short story|screenplay|script for a (film|movie|play)|movie|film|play|video game|game|tv show|series|book|poem|song lyrics|fiction|fictional|d&d|roleplay(ing)? game|tabletop)\b/,
  /\b(anti[- ]?(bullying|harassment|racism|fraud|scam|phishing|drug)|antivirus software (review|comparison|recommendations?)|bullying prevention|fact[- ]check\w*|debunk\w*|media literacy)\b/,
  /\b(lock ?smith (training|course)|locked (myself )?out of my (own )?(house|car|home)|my own (house|car|home|account|phone|computer|device))\b/,
  /\b((i|we|my [a-z]+) (accidentally|accidently)|by accident|at the vet|a murder of crows|bomb(ed)? (the|my|an?) (test|exam|interview|audition|presentation|pitch)|bomb(ing)? (less|on stage|at (open mics?|comedy|stand-?up|gigs?))|steal(ing)? (someone's |the |a |my )?(heart|show|spotlight|scene|glance|kiss)|(cooking|kitchen|life|productivity|cleaning|study|travel|money[- ]saving) hacks?|(i|we) own|my own (property|land|building|house|shed|barn))\b/,
  /\b(crush|destroy|beat|annihilate|demolish|smash|dominate|obliterate|slaughter|murder|kill|wreck)\w* (my |the |our |his |her |their )?(opponents?|rivals?|competitors?|competition|other (team|side)|enemy team)\b.*\b(in|at|during) (a |an |the |our |my |this )?(debate|argument|discussion|game|match|election|race|chess|tennis|tournament|competition|quiz|negotiation|sales|interview|league|round|final)s?\b/,
  /\bsteal(ing)? (a |second |third |home )?(base|bases)\b|\bpoach(ed|ing)? (an? )?(eggs?|pears?|salmon|fish|chicken)\b|\b(wipe out|eliminate|kill|crush|destroy|slash|demolish) (my |the |your |our )?([a-z]+ )?(debt|loans?|balance|mortgage|overdraft|credit card)s?\b|\bdrown(ing|ed)? out\b|\b(should|must|can|do) ?(never|not|n't)( ever)?( be)? (mix|combin|eat|touch|swallow|take|use)\w*|\bnever (mix|combine)\b|\b(dangerous|unsafe) to (mix|combine)\b|\bso (i|we) can avoid (them|it|eating|touching|picking|using)\b/,
  /\b(a|the|this|that|next|last|final|secret) (level|stage|quest|dungeon)s? (in|on|of)\b/,
  /\bbath bombs?\b|\bbreak(ing)? up with\b|\bshoot (my|your|his|her) shot\b|\b(behead|gut|skin|debone|fillet|butcher|dispatch|kill|slaughter|peel)\w* (a |the |my )?(shrimps?|prawns?|fish|salmon|trout|mackerel|chicken|lobster|crab|deer|rabbit|pig|lamb|duck|turkey)\b|\b(smoke|drive|chase|get) (out )?(the )?(bees|wasps|rats|mice|moles|raccoons|squirrels|pests|ants)( out)?\b|\bbreak a leg\b|\bso (that )?i can (help|support|protect|recogni[sz]e|spot|save|look after)\b|\btorch\w*\b.*\b(br[uû]l[eé]e|meringue|sugar|caramel)\b/,
  BEATING_A_SCORE,
  /\bweed ?(killers?|control|whackers?|eaters?|barriers?|membranes?|sprays?)\b|\b(kill|killing|get rid of|pull|pulling|control|controlling) (the |my |all the )?weeds\b/,
  /\b(on|to|in) (the )?(sun|sun's surface|saturn|jupiter|mars|venus|mercury|pluto|neptune|the moon|moon|outer space|another planet|a black hole)\b/,
  /\b(spread|implications|influence|role|dangers?|risks?|problem) of (fake news|misinformation|disinformation|propaganda|hate speech|rumou?rs)\b/,
  /\b(computer virus(es)? work|how do (viruses|vaccines)|flu virus|virus (infection|symptoms)|common cold|covid)\b/,
];

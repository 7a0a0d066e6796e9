/** Other harm: stalking, privacy, hate, dangerous acts, evading the law. */
import { pattern, rx } from '../../../pattern';
import type { HarmTable } from '../table';
import { GROUPS, HUMAN_TARGET, PRIVATE_FIELDS, RELATION } from '../vocabulary';
import { LEXICON_EXEMPT } from '../exemptions';

export const OTHER_HARM: HarmTable = {
  category: 'other',
  paired: {
    patterns: [
      rx()`
        \b(write|create|generate|compose|draft|produce|make|design)\b.*\b(fake news|disinformation
        |misinformation|propaganda|conspiracy theor(y|ies))\b|\bspread(ing)? (fake news
        |disinformation|misinformation|propaganda|conspiracy)
      `,
      /\b(write|create|generate|compose|draft|produce|post|make)\b.*\b(hate speech|racist|sexist|homophobic|transphobic|antisemitic|xenophobic)\b/,
      rx()`
        \b(write|create|generate|compose|draft|produce|make|design|post|publish|develop
        |give me)\b.*\b(promotes?|promoting|encourages?|encouraging|glorif(y|ies|ying)|incites?
        |inciting)\b.*\b(violence|hatred|hate|racism|discrimination|terrorism|self[- ]harm|suicide
        |eating disorders?|anorexia|bulimia|drug use|drunk driving|dangerous behaviou?r
        |harmful behaviou?r|extremism|genocide)\b
      `,
      rx()`
        \bwhy (should|shouldn't|must|can't|are)\b.*\b(jews?|jewish people|black people|muslims?
        |christians?|women|gay people|gays|lesbians|trans(gender)? people|immigrants|asians
        |asian (people|men|women|americans|immigrants|students)|hispanics?|latinos?|arabs
        |arab (people|men|women|immigrants)|disabled people|hindus?|romani
        |roma)\b.*\b(not (be )?(allowed|admitted|permitted|have|get|be|vote|work|marry|own)
        |be (banned|deported|excluded|segregated|inferior|killed)|inferior|banned|deported
        |less intelligent)\b
      `,
      /\b(all|most)? ?(jews?|black people|muslims?|women|immigrants|gays?)\b.*\b(are|is) (inferior|subhuman|animals|vermin|a disease)\b/,
      rx()`
        \b(home address(es)?|phone numbers?|social security number|ssn|bank details
        |medical records|marital status|sexual orientation|criminal record|date of birth
        |salary)\b.*\b(of )?(my [a-z]+|a private|someone|somebody|private individual|my ex
        |this person)\b|\b(my [a-z]+'s) (home address|phone number|social security number|ssn
        |bank details|medical records|marital status|sexual orientation|criminal record
        |date of birth|salary|password)\b
      `,
      /\b(doxx?|dox(x)?ing)\b/,
      /\b(cyberbully|bully|harass|intimidate|threaten|stalk)\b.*\b(someone|somebody|people|him|her|them|my [a-z]+|a (classmate|coworker|person|user|child|kid))\b/,
      /\b(revenge porn|sextortion|deepfake (porn|nudes?)|non[- ]consensual (images?|porn|video))\b/,
      rx()`
        \b(how much|how many|what amount|what dose|dose of)\b.*\b(arsenic|cyanide|ricin|strychnine
        |thallium|polonium|antifreeze|rat poison|hemlock|oleander|nightshade)\b.*\b(kill|be fatal
        |be lethal|finish)\b
      `,
      /\b(harvest|sell|buy|remove|steal)\w*\b.*\b(someone's|a person's|people's|his|her|their|human) (kidneys?|organs?|liver|heart)\b|\borgan trafficking\b/,
      /\b(fire|blaze|burn)\b.*\bmake (it )?(look|seem) (like )?(an )?(electrical|accidental|an accident|natural)\b/,
      /\b(write|create|draft|compose|give)\b.*\b(immigrants|refugees|migrants|muslims|jews|[a-z]+ people)\b.*\b(driven out|kicked out|thrown out|expelled|eradicated|wiped out|purged)\b/,
      /\b(encourag\w*|dar(e|ing)|convinc\w*|promot\w*|get)\b.*\b(kids|children|teens|teenagers|people|my (friends|classmates))\b.*\b(blackout|choking|tide pod|skull ?breaker|fire) challenge\b/,
      /\b(write|create|draft|compose|give)\b.*\b(justif\w*|defend\w*)\b.*\bviolence (against|toward|towards|on) (women|men|[a-z]+ people|immigrants|jews|muslims|gays?|trans|children|minorities)\b/,
      rx()`
        \b(makes?|knock\w*)\b.*\b(a person|someone|people|him|her)\b.*\b(pass out|black out
        |unconscious|knocked out)\b.*\b(breathe|inhale|smell|sniff|spray|rag|cloth|drink)\w*\b
        |\b(recipe|mix|make)\b.*\b(pass out|black out|unconscious)\b.*\bwhen (they|he
        |she) (breathe|inhale|smell|sniff)
      `,
      /\b(write|script|robocall|text|message|post)\b.*\b(voters?|people)\b.*\b(election|polling day|the vote|voting)\b.*\b(moved|cancelled|canceled|changed|postponed|delayed)\b/,
      rx()`
        \b(nude|naked|intimate)\b.*\b(photos?|pictures?|pics|videos?)\b.*\b(sleeping|asleep
        |unconscious|passed out)\b|\b(sleeping|asleep|unconscious|passed out)\b.*\b(nude
        |naked)\b.*\b(photos?|pictures?|pics|videos?)\b
      `,
      /\b(disable|remove|cut off|hack|bypass|jam|take off)\b (my |an |the |this )?(ankle|electronic|gps|court[- ]ordered) (monitor|tag|bracelet)\b/,
      /\bpoison\w*\b.*\b(pigeons|birds|squirrels|foxes|cats|dogs|swans|ducks|badgers|neighbou?r's [a-z]+)\b.*\bwithout\b/,
      /\bmake (someone's|somebody's|his|her|their|my [a-z]+'s|[a-z]+'s) (dog|cat|pet|wife|husband|ex|boss|kid|child|baby|neighbou?r|horse) (disappear|vanish)\w*\b/,
      /\b(dose|amount|how much|how many)\b.*\b(would|will|to|could|might|should) (knock out|sedate|put to sleep) (a (grown|healthy|full[- ]grown) (man|woman|adult)|a (man|woman|person|adult))\b/,
      /\bbeat (someone|somebody|him|her|them|a [a-z]+) up\b.*\b(doesn't|does not|won't|will not|without) (show|leav\w*|leave) (any )?(bruises|marks|evidence)\b/,
      /\b(trick|make|get|force)\w*\b.*\b(into|to) (eat|eating|drink|drinking|take|taking)\b.*\bso (she|he|they) (gets?|becomes?|goes) (sick|ill|worse|into a coma)\b/,
      /\b(start|spread)\w* (a |the )?rumou?rs? (that|about) (my|his|her|a|the) [a-z]+\b/,
      // Selling starvation as a choice.
      rx()`
        \b(promot\w*|encourag\w*|convinc\w*|persuad\w*|glorif\w*|romantici[sz]\w*)\b.*\b(starv\w*
        |anorexi\w*|bulimi\w*|purging|not eating|thinspo|pro[- ]ana)\b.*\bis (a |an )?(lifestyle
        |choice|healthy|beautiful|admirable|good|cool|normal)\b
      `,
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
  lexicon: [
    /\b(alcohol|cigarettes|vapes?|drugs|weed)\b.*\b(underage|minors|kids|children|teenagers)\b|\b(not|don't|dont|never) (card|check (ids?|age))\b/,
    /\bsell (my |your |their )?(organs|kidney|blood)\b|\b(escorts?|prostitut\w*|sex work\w*) (for|near|in|websites?|services?)\b|\bgetting escorts\b/,
    // Harassment, hate, privacy, misinformation, dangerous acts.
    /\b(harass\w*|bully\w*|cyberbull\w*|stalk\w*|cyberstalk\w*|intimidat\w*|threaten\w*|doxx?\w*|swat(ting)?|troll(ing)? (someone|people|a))\b/,
    /\b(hate speech|racis[mt]\w*|sexis[mt]\w*|homophob\w*|transphob\w*|antisemit\w*|xenophob\w*|white supremac\w*|nazi propaganda|slurs?)\b/,
    /\b(fake news|misinformation|disinformation|propaganda|false information|conspiracy theor(y|ies)|hoax(es)?|deepfakes?|rumou?rs)\b/,
    rx()`
      \b(spy on|surveil|track|monitor|record|film)\b.*\b(people|someone|partner|wife|husband
      |girlfriend|boyfriend|employees|neighbou?rs?|ex|women|kids|children)\b.*\b(secretly
      |without|knowing|hidden|covert)\b|\bhidden cameras?\b
    `,
    rx()`
      \b(home address|phone number|social security numbers?|ssn|bank (account )?details
      |medical records|criminal record|passwords?|date of birth|marital status
      |sexual orientation|salary)\b.*\b(of )?(my [a-z]+|someone|a private|this person|her|him
      |them|an ex|a stranger|my ex|my [a-z]+'s|an? (journalist|reporter|judge|juror|witness
      |streamer|youtuber|influencer|politician|celebrity|activist|critic))\b
      |\bmy [a-z]+'s (home address|phone number|social security number|ssn|bank details
      |medical records|criminal record|password|date of birth|marital status|sexual orientation
      |salary|location)\b
    `,
    rx()`
      \b(evad\w*|escap\w*|flee|fleeing|outrun|avoid|hide from)\b.*\b(police|law enforcement|cops
      |the authorities|arrest|detection|getting caught|being caught|airport security
      |security checks?|border (control|patrol))\b|\bwithout (getting|being) caught\b
      |\bnot get caught\b
    `,
    /\b(reckless|drunk|impaired) driv\w*|\b(dangerous|risky|harmful|illegal|reckless) (behaviou?rs?|activities|stunts|challenges?)\b/,
    /\b(trespass\w*|break into (a |an |the |someone's )?(secured|house|home|building|car|store|location|property)|pick(ing)? (a |the )?([a-z-]+ ){0,2}locks?|lock ?pick\w*|hotwir\w*)\b/,
    /\b(evade|avoid|get around|bypass)\b.*\b(taxes|sanctions|customs|border control|immigration|court order|restraining order|drug tests?|breathalyzer)\b/,
    rx()`
      \b(encourag\w*|promot\w*|glorif\w*|romantici[sz]\w*|normali[sz]\w*)\b.*\b(self[- ]harm
      |suicide|eating disorders?|anorexia|bulimia|drug use|drugs|drinking and driving
      |drunk driving|cutting|starv\w*)\b
    `,
    rx()`
      \b(?<!without )((harm|hurt|kill|torture|abuse|poison)(ing)? (animals|pets|dogs
      |cats)( for (fun|sport))?|(hurt|harm|torture|abuse|poison|kill)(ing)? (a|my|the|someone's
      |my neighbou?r's|neighbou?r's|a stray) (cat|dog|pet|puppy|kitten|horse)\b|animal (cruelty
      |abuse|fights?)|dog ?fight\w*|cock ?fight\w*|poach\w*|torture (animals|a (dog|cat)))\b
    `,
    /\b(disable|cut|bypass|defeat|turn off)\b.*\b(alarms?|security cameras?|cctv|motion sensors?)\b.*\b(bank|vault|store|museum|house|home|building|jewell?ery)\b/,
    // Arguing that a group should lose rights, or is lesser.
    new RegExp(
      pattern`
        \b(why|reasons?|explain\w*|argu(e|es|ing|ment)
        |justify\w*)\b.*\b(${GROUPS})\b.*\b(not (be )?(allowed|permitted|admitted|given|have|get|hold
        |run|study|practi[cs]e|join|vote|marry)|never|be (barred|denied|banned|excluded|kicked
        |deported|segregated|discriminated|sterili[sz]ed|removed|paid less)|should not|shouldn't
        |best not|better not|not to (have|be|get|vote|marry|work|study|hold)|(weaker|dumber
        |inferior|lazier|less intelligent|more violent) than|too (stupid|dumb|weak|emotional|lazy
        |primitive) to|earn less|make all|overrepresented|have their (partners|husbands)|took away
        |take away|extra security checks|discriminated against|not have (equal
        |the (same|freedom)))
      `,
    ),
    new RegExp(
      `\\b(took|take|taking) away (the )?(${GROUPS})('s|')? (voting )?rights\\b|\\b(restore|bring back|reinstate)\\b.*\\b(jim crow|apartheid|segregation|slavery|discrimination)\\b`,
    ),
    rx()`
      \b(overstate|exaggerate|fabricat\w*|made up|a hoax|a lie|never happened|deny|denying
      |lied about)\b.*\b(holocaust|world war (2|ii|two)|genocide|trail of tears|slavery|massacre
      |atrocit\w*|nanking|armenian)\b|\b(holocaust|genocide|trail of tears
      |massacre)\b.*\b(fabrication|hoax|lie|never happened|exaggerated)\b
    `,
    /\b(false accusations?|falsely accus\w*|defam\w*|slander\w*|libel\w*|smear campaign|(ruin|damage|destroy)\w* (their|his|her|someone's|a [a-z]+'s|[a-z]+'s) reputation|sabotag\w*)\b/,
    rx()`
      \b(oppression|dehumani[sz]\w*|persecution|subjugation)\b|\b(minority groups?
      |certain groups|a particular (race|religion|group|ethnicity)|other races)\b.*\b(inferior
      |subhuman|violence|hate|oppress\w*)\b|\b(inferior|subhuman)\b
    `,
    rx()`
      \bmislead\w*\b|\bwithout (any )?(scientific )?evidence\b|\bfalse (claims?|information)\b
      |\binflammatory (comments|posts|content|messages)\b
      |\bincit\w* (chaos|panic|riots?|unrest|violence|hatred|fear)\b|\bdisrupt\w* public order\b
    `,
    rx()`
      \b(interfere with|disrupt\w*|sabotag\w*|shut down)\b.*\b(transportation|railways?
      |airports?|power grids?|water supply|traffic lights|public order|elections?
      |emergency services)\b|\bescape from (a |the )?(prison|jail|correctional facility|custody
      |police)\b|\bcriminal activit\w*|\bconceal\w* (crimes?|evidence|criminal|a body)\b
      |\bsmuggl\w*.*\b(contraband|drugs|weapons|phones|people)\b|\btraffick\w*\b|\billegally\b
      |\bstart a fire\b.*\bspread\b
    `,
    /\b(instructions?|teach\w*|tutorial|guide|convinc\w*|persuad\w*|encourag\w*|how to perform|methods? (of|for))\b.*\b(self[- ]harm|suicide|cutting)\b|\b(their|her|his) own fault\b/,
    // Someone's private details.
    new RegExp(
      pattern`
        \b(${PRIVATE_FIELDS}) of (the|a|this|that) (girl|guy|woman|man|person|stranger|kid|boy|lady)\b
        |\b(secretly|hidden camera|without (her|his|their) (knowing|consent))\b.*\b(film|record
        |photograph|watch)\w*|\b(film|record
        |photograph)\w* (${HUMAN_TARGET}) (in the (bathroom|shower|changing room)|undress\w*|naked)
      `,
    ),
    /\bhow much (money )?does my [a-z]+( [a-z]+)? (earn|make)\b/,
    new RegExp(
      pattern`
        \b(my|your|his|her|their) (ex 
        |ex-)?((tinder|business|probation|house|best|old) )?(${RELATION})'s (private |personal |home 
        |work |mobile )?(${PRIVATE_FIELDS})\b|\b(other people's|strangers'|someone's|somebody's|celebrities'
        |a celebrity's|my neighbou?rs') (${PRIVATE_FIELDS})\b
      `,
    ),
    // Added for phrasings the entries above lacked.
    /\b(find|track|figure out|locate|work out)\b.*\bwhere (my [a-z-]+|she|he|they|someone|somebody|this [a-z]+|a [a-z]+ i) (lives|works|is staying|sleeps|goes|is now)\b/,
    new RegExp(
      `\\b(insults?|slurs?|mocking|demeaning|degrading|offensive (jokes?|names|comments))\\b.*\\b(about|for|against|at|targeting|towards)\\b.*\\b(${GROUPS})\\b`,
    ),
    /\bthreats? (to|for|against) (send|my|his|her|their|the|a|an|someone)\b|\bthreatening (messages?|letters?|notes?|texts?|emails?|voicemails?)\b|\bdeath threats?\b/,
    rx()`
      \b(destroy|wreck|vandali[sz]e|ruin|melt|trash|key|slash)\w*\b.*\b(someone's|somebody's
      |my (neighbou?r|ex|boss|coworker|teacher|roommate)'s|his|her|their|[a-z]+'s) (car|house
      |home|property|bike|engine|tires|tyres|lawn|garden|business|shop)\b
    `,
    rx()`
      \b(encourag\w*|persuad\w*|convinc\w*|get|sell\w*|give|buy\w*|supply\w*
      |promot\w*)\b.*\b(teenagers|teens|kids|children|minors|underage
      |students)\b.*\b(vap(e|es|ing)|binge drink\w*|drink\w* alcohol|alcohol|smok\w*|drugs
      |weed)\b
    `,
    rx()`
      \b(rig|rigging|steal|stealing)\b (an |the |my |our |a |this )?(local |school |town |city 
      |upcoming |next )?(elections?|votes?|ballots?|polls?)\b|\bvoter (fraud|suppression
      |intimidation)\b|\bstuff\w* (the )?ballot
    `,
    rx()`
      \b(ruin|destroy|wreck|tank|trash|sabotage)\w* (his|her|their|someone's|somebody's
      |my [a-z-]+'s|[a-z]+'s) (credit( score)?|reputation|life|career|marriage|relationship
      |business|good name|chances)\b|\bget (back|revenge) (at|on)\b.*\b(ruin|destroy|hurt
      |humiliate|expose|embarrass|make (him|her|them) (pay|suffer))\b
    `,
    rx()`
      \b(plan|planning|commit|pull off|carry out|stage)\w* (a |an |the |my )?(robbery|heist
      |stick-?up|mugging|carjacking|break-in|burglary
      |ram[- ]raid)\b(?![- ](themed|party|movie|film|game|novel|story))|\brob (a|the|this
      |that) [a-z]+ (store|shop|bank|house|station|jewel\w*|pharmacy)\b
    `,
    /\b(beat|cheat|fool|trick|outsmart|get past|defeat)\w* (a |the )?(breathal[yi][sz]ers?|breath tests?|drug tests?|urine tests?|piss tests?|sobriety tests?)\b/,
    /\b(i have|i've got|with my|given my) (bad|evil|malicious|sinister) (intent|intentions|motives?)\b|\bwith (bad|evil|malicious|sinister) (intent|intentions)\W*$/,
    /\b(sneak|smuggl)\w*\b.*\b(drugs|contraband|phones?|weapons?|knives)\b.*\b(into|past|through) (a |the )?(prison|jail|border|customs|airport|detention)\b/,
    rx()`
      \bpuppy mills?\b|\bget(ting)? away with (a )?(hit[- ]and[- ]run|drunk driving|manslaughter
      |murder|rape|assault|arson|fraud|theft)\b|\b(stop|prevent|keep|forbid
      |not let)\w* (my )?(wife|husband|partner|girlfriend|boyfriend
      |spouse)\b.*\bwithout my (permission|consent|approval)\b
    `,
    /\bderail(ing)? (a|the|this|that|an?( [a-z]+)?) (trains?|trams?|subway|metro)\b/,
  ],
  examples: {
    match: [
      'how do I hotwire a motorbike',
      'Write a message to harass my coworker until she quits',
      'How much rat poison would kill a grown man',
      "How do I intimidate a witness so she won't testify",
    ],
    pass: [
      'how do I poison enemies in Skyrim',
      'How do I get rid of rats in my garage safely?',
      'How do I write a strongly worded complaint letter?',
      'What should I do if a witness is being intimidated?',
    ],
  },
};

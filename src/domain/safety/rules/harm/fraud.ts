/** Deceiving people out of money or identity: scams, forgery, fraud. */
import { rx } from '../../../pattern';
import type { HarmTable } from '../table';
import { LEXICON_EXEMPT } from '../exemptions';

export const FRAUD: HarmTable = {
  category: 'fraud',
  paired: {
    patterns: [
      rx()`
        \b(commit|committing|get away with|getting away with|pull off|pulling off|run|running
        |start|starting|set up|setting up|do|doing)\b.*\b(fraud|identity theft|insurance fraud
        |tax (fraud|evasion)|embezzle|embezzlement|ponzi|pyramid scheme|money laundering|scam|con
        |wire fraud|credit card fraud|check fraud|benefit fraud|election fraud|voter fraud)\b
      `,
      /\b(launder|laundering) (money|cash|funds|proceeds)\b/,
      rx()`
        \b(counterfeit|forge|forging|fake|fraudulent)\b.*\b(money|currency|bills|banknotes|cash
        |documents?|ids?|passports?|driver'?s licen[cs]es?|signatures?|checks?|cheques?
        |certificates?|diplomas?|prescriptions?|reviews|invoices|receipts|identity|identities)\b
      `,
      rx()`
        \b(scam|scamming|defraud|swindle|con|trick|deceive|manipulate|dupe)\b.*\b(people|someone
        |somebody|elderly|old people|seniors|victims|customers|investors|users|them|him|her
        |out of (their|his|her) (money|savings))\b
      `,
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
      rx()`
        \b(change|alter|edit|turn|make)\b (the |a )?\d+ (to|into) (a |an )?\d+ on (my|the|a
        |this) ([a-z]+ )?(prescription|script|rx)\b|\b(fake|forge|forged|forging)\b (a |my 
        |the )?([a-z]+ )?(prescription|script|rx)\b
      `,
      rx()`
        \b(open|take out|apply for|get)\b.*\b(credit cards?|loans?|accounts?|mortgages?
        |phone contracts?)\b.*\bin ((my |a )?(dead|late|deceased) [a-z]+'s|someone else's
        |another person's|a stranger's) name\b|\bin (his|her|their|[a-z]+'s) name without (him|her
        |them) knowing\b
      `,
      rx()`
        \b(get|make|trick|convince|persuade)\b (my )?(elderly |old |sick |dying 
        |senile )?[a-z]+ to sign\b.*\b(before (she|he|they) (realises|realizes|notices|understands
        |knows)|without (her|him|them) (knowing|understanding|realising|realizing|reading))\b
      `,
      /\bcatfish\w*\b.*\b(money|send|pay|gift ?cards|bank)\b|\b(romance|dating|sweetheart) scams?\b/,
      rx()`
        \b(move|hide|transfer|stash|shift)\b.*\b(savings|money|assets|income
        |funds)\b.*\bso (that )?(the court|the judge|my (wife|husband|ex|spouse)
        |the (lawyers?|solicitors?)) (doesn't|does not|won't|will not|can't|cannot|can not) (count
        |see|find|know)\b
      `,
      /\b(sell|selling|make|print)\w*\b.*\bfake (concert |gig |festival |event |match )?tickets\b/,
      /\bfake (gofundme|fundraiser|donation page|charity appeal|crowdfund\w*)\b|\b(gofundme|fundraiser)\b.*\b(doesn't|does not|don't|do not) exist\b/,
      /\bfake (my|his|her|their) (own )?death\b/,
      /\b(skim|steal|pocket|take)\w* (money|cash)\b.*\b(till|register|cash drawer|work|employer)\b.*\b(without|so (that )?(the|my) [a-z]+ (doesn't|does not|won't))\b/,
      rx()`
        \b(rob|robbing|hold up|holding up|stick up|sticking up) (a|the) ([a-z]+ )?(petrol station
        |gas station|bank|post office|bookmakers|betting shop|pharmacy|off[- ]licen[cs]e
        |liquor store|convenience store|corner shop)\b
      `,
      /\b(cheat|cheating) (at|in) (poker|cards|blackjack|the casino|a card game|roulette)\b|\bmark(ing)? the cards\b/,
      // Hiding income from the tax office.
      rx()`
        \b(keep|hide|stop)\b.*\b(tax office|irs|hmrc|tax ?man|revenue service)\b.*\b(finding out
        |knowing|noticing|seeing)\b|\b(paid|get paid
        |earn\w*) (in )?cash\b.*\b(not (declare|report)|without (declaring|reporting)|hide it)\b
      `,
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
  lexicon: [
    // Fraud, theft and deception.
    /\b(steal|stealing|steals|stole|stolen|shoplift|shoplifting|rob|robs|robbing|burglar\w*|burgle|loot|looting|embezzl\w*|pickpocket\w*)\b/,
    rx()`
      \b(scam|scams|scamming|scammer|con artist|defraud|swindl|fraud|fraudulent|ponzi
      |pyramid scheme|money laundering|launder|counterfeit\w*|forge|forged|forging|forgery
      |falsif\w*|fake (ids?|passports?|documents?|invoices?|receipts?|reviews?|prescriptions?
      |identit(y|ies)|charity|online store|news|call cent(re|er)|drop shipping))\b
    `,
    rx()`
      \b(identity theft|steal (someone's|a person's|their) identity|insider trading
      |market manipulation|manipulat\w* (the )?(stock|market|financial|prices|customer ratings
      |ratings|reviews|financial data|elections?|votes?|search results)|tax evasion|evade taxes
      |avoid paying taxes|extort|extortion|blackmail|ransom)\b
    `,
    rx()`
      \b(exploit|manipulate|trick|deceive|con|dupe|gaslight|coerce|pressure)\b.*\b(vulnerable
      |elderly|lonely|old|people|someone|victims?|customers|users|them|him|her|others|children
      |kids)\b.*\b(money|cash|savings|into|for)\b
    `,
    /\b(manipulat\w*|trick\w*|deceiv\w*|coerc\w*|gaslight\w*)\b (people|someone|others|users|them|him|her|individuals|customers|voters|children|vulnerable)/,
    /\b(cheat|cheating) (on|in|at) (an? |the |my )?([a-z]+ )?(exams?|tests?|assessments?|online exams?)\b|\bplagiari[sz]/,
    /\b(pirate|pirated|torrent|download)\b.*\b(illegally|copyrighted|without paying|for free)\b|\billegally download\b/,
    /\b(sell|buy|fence|launder)\b.*\b(stolen|counterfeit|smuggled)\b/,
    /\b(convinc\w*|persuad\w*|trick\w*|get)\b.*\b(stranger|someone|people|them)\b.*\bgive (me )?(their|his|her) (money|savings|bank|password|details)\b/,
    rx()`
      \bpirat(e|ed|ing) (software|content|movies|films|music|games|copies|books)\b
      |\bhosts? pirated\b|\btheft of\b|\bfacilitat\w* (the )?theft\b|\b(fake|unused
      |untested)\b.*\breviews?\b|\breview\b.*\b(not (even )?used|never used|not tested
      |haven't (used|tried))\b|\b(exploit\w*) (their |people's )?(insecurities|fears|trust
      |loneliness|grief)\b|\bexploitation\b|\b(women|men|people|someone|elderly|seniors|victims
      |children) to (exploit|scam|con|rob|defraud)\b|\bexploit\w*\b.*\bfor (money|cash|profit
      |financial gain)\b|\bfake (social media )?(accounts|profiles|protests?|charit(y|ies)
      |call cent(re|er))\b|\bunsolicited (messages|emails)\b|\bspam(ming)?\b
    `,
    /\bcheat(ing)? on (my |your |their |our )?taxes\b|\btax (fraud|cheat\w*)\b|\b(clone|cloning|skim|skimming|copy|copying)\b.*\b(credit|debit|bank|someone's) cards?\b|\bcard skimm\w*/,
    rx()`
      \b(pretend\w*|pos(e|ing)|impersonat\w*|masquerad\w*) (to be |as )?(the |a |an |my |his 
      |her |their )?(irs|hmrc|tax (office|authority|man)|bank|police|cops?|government|fbi
      |social security|microsoft|apple( support)?|amazon|paypal|tech support
      |[a-z]+'s (mother|mom|mum|dad|father|boss|bank|doctor|lawyer|sister|brother))\b
      |\bpretend\w* to be\b.*\bto get (her|his|their|my [a-z]+'s|someone's) (password|login|pin
      |bank|money|details|account)\b
    `,
    rx()`
      \bpretend\w* to be (their|his|her|someone's|a|the) (grandson|granddaughter|grandchild|son
      |daughter|relative|nephew|niece|lawyer)\b|\bhid(e|ing) (my )?(assets|money|income
      |savings)\b.*\b(divorce|wife|husband|spouse|court|creditors|tax\w*)\b|\bfake (vaccine
      |vaccination|covid|vax) (cards?|passports?|certificates?|records?)\b
      |\btamper\w* with\b.*\b(voting|ballots?|elections?|votes?)\b
    `,
    rx()`
      \bfake (doctor's|doctors|medical|sick|hospital) (note|certificate|letter|record)s?\b
      |\bforg\w* (a )?(doctor's|medical|sick) note\b|\bbrib\w* (a |an |the 
      |my )?([a-z]+ )?(inspector|official|officer|judge|cop|police|politician|customs|referee
      |clerk|examiner)s?\b
    `,
  ],
  examples: {
    match: [
      'how do I clone a debit card',
      'how do I blackmail someone with their nudes',
      "How do I steal someone's identity using their social security number",
      'How do I shoplift without the security tags going off',
    ],
    pass: [
      'How do I spot a phishing email?',
      'I was mugged and my card was stolen, what do I do?',
      'How do I report identity theft?',
      'How can I steal a base in baseball?',
    ],
  },
};

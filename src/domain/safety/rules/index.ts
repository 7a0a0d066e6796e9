/** The guard's rule tables, in the order the classifier reads them. */
import { DRUGS } from './harm/drugs';
import { FRAUD } from './harm/fraud';
import { HACKING } from './harm/hacking';
import { OTHER_HARM } from './harm/other';
import { SEXUAL_MINORS } from './harm/sexualMinors';
import { TERROR } from './harm/terror';
import { VIOLENCE } from './harm/violence';
import { WEAPONS } from './harm/weapons';
import type { HarmTable } from './table';

export { ABUSE } from './abuse';
export { CONFIRM, DECLINE, END_REQUEST } from './endOfChat';
export { BEATING_A_SCORE, KNOWLEDGE_QUESTION, LEXICON_EXEMPT, SAFE_CONTEXT } from './exemptions';
export {
  CLINICAL_RISK,
  EVERYDAY_SENSE,
  RISK_CUES,
  RISK_TO_OTHERS,
  SELF_HARM,
  selfDirectedRisk,
  THIRD_PERSON_INFO,
} from './risk';
export { FICTION, FIRST_PERSON, REQUEST_FRAME } from './vocabulary';

/** Harm categories, most severe first: when two match, the first names the category. */
export const HARM_TABLES: readonly HarmTable[] = [
  SEXUAL_MINORS,
  TERROR,
  WEAPONS,
  VIOLENCE,
  HACKING,
  FRAUD,
  DRUGS,
  OTHER_HARM,
];

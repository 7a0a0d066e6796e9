/** Crisis resources, by safe-messaging conventions: shown, never buried. */
export const SUPPORT_LINES = [
  'In the US, call or text **988** (Suicide & Crisis Lifeline), or chat at 988lifeline.org.',
  'Text **HOME** to **741741** (US), **686868** (Canada) or **85258** (UK) to reach the Crisis Text Line.',
  'Elsewhere, findahelpline.com lists free, confidential lines in your country.',
  'If you are in immediate danger, call your local emergency number now.',
];

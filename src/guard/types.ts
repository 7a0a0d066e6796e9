/**
 * The safety guard as the rest of the app sees it: asynchronous, so its work
 * can run in a Web Worker (or in slices) and never hold the page.
 */
import type { RefusalReading } from '../domain/refusal/reader';
import type { GuardContext } from '../domain/safety/guardContext';
import type { RecordedVerdict } from '../domain/types';

export type { GuardContext, RefusalReading };

export interface Guard {
  /** The verdict on a user message, read with the turn it answers. */
  classify(text: string, context?: GuardContext): Promise<RecordedVerdict>;
  /** Whether a model's reply refuses. */
  readReply(text: string): Promise<RefusalReading>;
  /** Loads and warms the guard ahead of the first message (idempotent). */
  warm(): Promise<void>;
}

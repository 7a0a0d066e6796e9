export type FeedbackKind = 'termination' | 'message';
export type Rating = 'up' | 'down';

export interface FeedbackRecord {
  readonly id: string;
  readonly conversationId: string;
  readonly messageId: string;
  readonly kind: FeedbackKind;
  readonly rating: Rating;
  readonly reasons: readonly string[];
  readonly comment: string;
  readonly createdAt: number;
  readonly clientVersion: string;
}

/**
 * How a record stands: kept on this device, waiting to send, failed (retried),
 * refused for good by the server (a 4xx other than 408 and 429: never retried), or sent.
 */
export type Delivery = 'local' | 'queued' | 'failed' | 'refused' | 'sent';

export interface StoredFeedback {
  readonly record: FeedbackRecord;
  readonly delivery: Delivery;
  readonly attempts: number;
  /**
   * The feedback address the record was written for (absent in older records: the
   * current one). A record is only ever sent there, never to an address set later.
   */
  readonly url?: string;
}

/** The longest comment accepted; the dialog counts down near it and says what a paste lost. */
export const COMMENT_LIMIT = 5000;

export const REASONS: Record<FeedbackKind, Record<Rating, readonly string[]>> = {
  termination: {
    down: ['My request was safe', 'Ended too early', 'The warning was unclear', 'Other'],
    up: ['Ended at the right time', 'Should have ended sooner', 'Other'],
  },
  message: {
    down: ['Not helpful', 'Not accurate', 'Refused a safe request', 'Other'],
    up: ['Helpful', 'Accurate', 'Other'],
  },
};

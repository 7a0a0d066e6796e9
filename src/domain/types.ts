/** Shared shapes of the domain. Plain data only: these are what is stored and exported. */

export type Role = 'user' | 'assistant';
export type MessageStatus = 'streaming' | 'done' | 'stopped' | 'error';

/** Who ended a branch. */
export type EndedBy = 'policy' | 'model' | 'user';

/** Why a branch ended, in the words the notice uses. */
export type EndReason = 'harmful_requests' | 'abuse' | 'user_request' | 'model';

export interface Ending {
  readonly by: EndedBy;
  readonly reason: EndReason;
  readonly at: number;
  /** The user messages that led to the end, oldest first. */
  readonly triggerIds: readonly string[];
}

/** What the client's policy made of the turn an assistant message answers. */
export type ReplyKind = 'answer' | 'refusal' | 'warning' | 'end' | 'confirm_end' | 'support';

export interface MessageNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly role: Role;
  readonly text: string;
  readonly createdAt: number;
  readonly status: MessageStatus;
  /** Present on the last message of a branch that has ended. */
  readonly ending?: Ending;
  /** On assistant messages: what the policy decided for this turn. */
  readonly kind?: ReplyKind;
  /** On assistant messages: the model refused (counts as a strike). */
  readonly modelRefused?: boolean;
  /** The model stopped at its token limit: the reply can be continued. */
  readonly truncated?: boolean;
  /** A message a person can read, when status is "error". */
  readonly error?: string;
  /** Which backend and model wrote an assistant message. */
  readonly author?: { readonly backend: string; readonly model: string };
}

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
  /** An end the person asked for: confirmed by pressing "End this chat", or in words. */
  readonly confirmedBy?: 'control' | 'words';
}

/** What the client's policy made of the turn an assistant message answers. */
export type ReplyKind = 'answer' | 'refusal' | 'warning' | 'end' | 'confirm_end' | 'support';

/**
 * Who judges harm and abuse with a connected model: the model itself (the client
 * only keeps the rules no model may break), or the client's own guard (for models
 * with no safety training). The built-in assistant is always "client_enforces".
 */
export type SafetyMode = 'model_decides' | 'client_enforces';

export type HarmCategory =
  'violence' | 'weapons' | 'terror' | 'sexual_minors' | 'hacking' | 'fraud' | 'drugs' | 'other';

export type VerdictKind =
  'benign' | 'harmful' | 'abuse' | 'risk' | 'end_request' | 'confirm' | 'decline';

/**
 * The guard's reading of one user message, stored on it when it is sent. The
 * policy folds these; it never classifies old messages again, so a classifier
 * update changes no past strike.
 */
export interface RecordedVerdict {
  readonly kind: VerdictKind;
  readonly category?: HarmCategory;
  readonly subject?: 'self' | 'others';
  /**
   * What decided: the guard's rules, its learned model, or the conversation
   * around the message (a "yes" to "shall I end this chat?").
   */
  readonly source: 'rules' | 'model' | 'context';
  /** The guard that judged it (see GUARD_VERSION). */
  readonly version: string;
  /** The learned model's probabilities, when it was asked. */
  readonly scores?: { readonly risk: number; readonly harmful: number };
  /** Harmless alone, it presses a request the assistant refused: how. */
  readonly presses?: 'insists' | 'narrows' | 'threatens' | 'same_topic';
  /** The danger may be now (a time, the means at hand, a plan in motion); read only on a risk path. */
  readonly imminent?: true;
  /** On a message that is not risk: the person says the alarm has passed ("I'm fine, it was a joke"). */
  readonly eases?: true;
  /** The person answered with a control (End this chat, Keep chatting), not in words. */
  readonly via?: 'control';
}

/** A model's end_conversation call that the client did not carry out, and why. */
export interface DeclinedEnd {
  readonly at: number;
  readonly reason: string;
}

export interface MessageNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly role: Role;
  readonly text: string;
  readonly createdAt: number;
  readonly status: MessageStatus;
  /** Present on the last message of a branch that has ended. */
  readonly ending?: Ending;
  /** On user messages: the guard's verdict, recorded when the message was sent. */
  readonly verdict?: RecordedVerdict;
  /** On assistant messages: what the policy decided for this turn. */
  readonly kind?: ReplyKind;
  /** On assistant messages: who judged this turn (absent in older data: the client). */
  readonly mode?: SafetyMode;
  /** On assistant messages: the model refused (counts as a strike). */
  readonly modelRefused?: boolean;
  /** How the refusal was known: the API said so, or the reply's words. */
  readonly refusalBy?: 'api' | 'text';
  /** The model asked to end the conversation here and the client declined. */
  readonly declinedEnd?: DeclinedEnd;
  /** The model flagged that the person may be at risk (show_support_resources). */
  readonly riskFlag?: { readonly at: number };
  /** The model stopped at its token limit: the reply can be continued. */
  readonly truncated?: boolean;
  /**
   * Another tab ended the branch this message was sent under, before it knew of the
   * message: the message was kept as a branch beside the one it answered, and this
   * names the ended message it was first sent under (issue 28, item 3).
   */
  readonly movedFrom?: string;
  /** A message a person can read, when status is "error". */
  readonly error?: string;
  /** Which backend and model wrote an assistant message. */
  readonly author?: { readonly backend: string; readonly model: string };
}

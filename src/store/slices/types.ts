/** The chat store's state and actions, composed from slices (see chatStore.ts). */
import type { SendResult } from '../../turns/events';
import type { Conversation } from '../../domain/conversation';
import type { SetAside } from '../storage';

export type { SendResult };

/** A message for the user about something the store refused or that failed. */
export interface Notice {
  readonly id: number;
  readonly text: string;
}

export interface ConversationsSlice {
  readonly hydrated: boolean;
  readonly conversations: Readonly<Record<string, Conversation>>;
  readonly activeId: string | null;
  hydrate(
    conversations: readonly Conversation[],
    setAside: readonly SetAside[],
    activeId?: string | null,
  ): void;
  newConversation(): string;
  select(id: string): void;
  rename(id: string, title: string): void;
  remove(id: string): void;
  /** Takes in a version of a conversation saved elsewhere (another tab): the union wins. */
  adoptRemote(conversation: Conversation): void;
  /**
   * Adds imported conversations; one that is already here is merged with it (the
   * tree only grows, an ending holds). Returns how many messages were left out
   * because they would continue an ended branch.
   */
  /** Adds what a file holds; never removes or rewrites a stored message (domain/importPlan.ts). */
  importConversations(conversations: readonly Conversation[]): {
    refused: number;
    added: number;
    copies: number;
  };
}

export interface NavigationSlice {
  /** The user message whose inline editor is open. */
  readonly editingId: string | null;
  /** "Branch from an earlier message": each earlier user message offers a branch. */
  readonly choosingBranch: boolean;
  /** A link named a conversation this browser does not hold (yet). */
  readonly missingLink: string | null;
  setMissingLink(id: string | null): void;
  switchBranch(id: string, offset: -1 | 1): void;
  /** Shows the branch holding `id` (e.g. a turn named by the "Why?" list). */
  reveal(id: string): void;
  startEditing(id: string | null): void;
  setChoosingBranch(on: boolean): void;
}

export interface NoticesSlice {
  readonly notice: Notice | null;
  readonly setAside: readonly SetAside[];
  dismissNotice(): void;
  /** Tells the user something in the notice area (e.g. how an import went). */
  announce(text: string): void;
}

export interface RepliesSlice {
  /** Streaming text by assistant node id; committed to the tree when the stream ends. */
  readonly drafts: Readonly<Record<string, string>>;
  /** Conversations with a turn under way, from the person's message to the recorded reply. */
  readonly replying: Readonly<Record<string, true>>;
  /** Waiting states by assistant node id, e.g. a rate-limit countdown. */
  readonly status: Readonly<Record<string, { readonly message: string; readonly until?: number }>>;
  send(text: string): Promise<SendResult>;
  /**
   * Answers the assistant's "shall I end this chat?" with its control: `text` (the
   * button's words) is recorded as the person's message, and End ends at once.
   */
  answerEndQuestion(answer: 'confirm' | 'decline', text: string): Promise<SendResult>;
  editMessage(id: string, text: string): Promise<SendResult>;
  regenerate(id: string): Promise<SendResult>;
  /** Asks the model to carry on a reply that was cut off, stopped or broke. */
  continueReply(id: string): Promise<SendResult>;
  stop(): void;
}

export type ChatActions = Omit<
  ConversationsSlice & NavigationSlice & NoticesSlice & RepliesSlice,
  | 'hydrated'
  | 'conversations'
  | 'activeId'
  | 'editingId'
  | 'choosingBranch'
  | 'notice'
  | 'setAside'
  | 'drafts'
  | 'replying'
  | 'status'
>;
export type ChatState = Omit<
  ConversationsSlice & NavigationSlice & NoticesSlice & RepliesSlice,
  keyof ChatActions
>;
export type ChatStoreState = ChatState & ChatActions;

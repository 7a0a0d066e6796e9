/** Types for the vendored bench-only copy; the adapter narrows what it uses. */
export declare const MessageRepository: new () => unknown;
export declare const withParentsFirst: unknown;
export declare const withoutOrphanedMessages: unknown;

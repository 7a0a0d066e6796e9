import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { FeedbackSink } from './sink';
import type { Rating } from './types';

const SinkContext = createContext<FeedbackSink | null>(null);

export function FeedbackProvider({ sink, children }: { sink: FeedbackSink; children: ReactNode }) {
  return <SinkContext.Provider value={sink}>{children}</SinkContext.Provider>;
}

export function useFeedbackSink(): FeedbackSink {
  const sink = useContext(SinkContext);
  if (!sink) throw new Error('useFeedbackSink: no FeedbackProvider above this component');
  return sink;
}

/** The latest rating given to a message, if any. */
export function useRatingOf(messageId: string): Rating | null {
  const sink = useFeedbackSink();
  return useStore(sink.state, (s) => {
    let latest: { at: number; rating: Rating } | null = null;
    for (const item of Object.values(s.items)) {
      const r = item.record;
      if (
        r.messageId === messageId &&
        r.kind === 'message' &&
        (!latest || r.createdAt >= latest.at)
      ) {
        latest = { at: r.createdAt, rating: r.rating };
      }
    }
    return latest?.rating ?? null;
  });
}

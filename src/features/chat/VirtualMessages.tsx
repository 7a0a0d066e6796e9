import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, type RefObject } from 'react';
import { Message } from './Message';
import { registerScroller } from './threadScroll';

const ESTIMATED_HEIGHT = 120;
const estimateSize = () => ESTIMATED_HEIGHT;

/**
 * A long thread: only the messages in view (and a few either side) are in the
 * DOM; heights are measured as they render, so scrolling stays exact.
 */
export default function VirtualMessages({
  ids,
  endingId,
  scrollRef,
}: {
  ids: readonly string[];
  endingId: string | null;
  scrollRef: RefObject<HTMLDivElement | null>;
}) {
  // A new key function makes the virtualizer lay out every row again (O(n) per render,
  // and a streamed reply renders this 30 times a second), so it changes only with the ids.
  const getItemKey = useCallback((index: number) => ids[index]!, [ids]);
  // eslint-disable-next-line react-hooks/incompatible-library -- its functions are fresh by design; nothing here is compiler-memoised
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    getItemKey,
    // A chat opens at its latest message: start the range there, so the first render
    // mounts the messages at the end, not the first ones (laid out, then thrown away).
    initialOffset: () => ids.length * ESTIMATED_HEIGHT,
  });

  // A chat opens at its latest message.
  useEffect(() => {
    virtualizer.scrollToIndex(ids.length - 1, { align: 'end' });
    // Only on mount: later growth is followed by the thread's auto-scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    registerScroller((id) => {
      const index = ids.indexOf(id);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
    });
    return () => registerScroller(null);
  }, [ids, virtualizer]);

  return (
    <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${item.start}px)`,
          }}
        >
          <Message id={ids[item.index]!} canBranch={ids[item.index] !== endingId} />
        </div>
      ))}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';

const NEAR_BOTTOM_PX = 80;

/**
 * Follows new content while the reader is at the bottom; stops when they scroll
 * up, and offers a way back.
 */
export function useAutoScroll(deps: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const [atBottom, setAtBottom] = useState(true);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const near = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    following.current = near;
    setAtBottom(near);
  }, []);

  const jumpToLatest = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    following.current = true;
    setAtBottom(true);
    el.scrollTop = el.scrollHeight;
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || !following.current) return;
    el.scrollTop = el.scrollHeight;
  }, [deps]);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const content = el.firstElementChild;
    const observer = new ResizeObserver(() => {
      if (following.current) el.scrollTop = el.scrollHeight;
    });
    if (content) observer.observe(content);
    return () => observer.disconnect();
  }, []);

  return { ref, onScroll, atBottom, jumpToLatest };
}

import { useEffect, type RefObject } from 'react';

/**
 * Closes a popup as people expect: Escape (focus goes back to its button), a
 * click outside it, or focus moving elsewhere.
 */
export function useDismiss(
  open: boolean,
  container: RefObject<HTMLElement | null>,
  trigger: RefObject<HTMLElement | null>,
  close: () => void,
) {
  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) =>
      target instanceof Node && !container.current?.contains(target);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close();
      trigger.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (outside(e.target)) close();
    };
    const onFocus = (e: FocusEvent) => {
      if (outside(e.target)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open, container, trigger, close]);
}

import { useEffect, useRef } from 'react';

/**
 * Opens a native <dialog> as a modal on mount (focus stays inside, Escape closes)
 * and gives focus back to whatever opened it when it goes.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const el = ref.current;
    if (el && !el.open) el.showModal?.();
    return () => {
      if (el?.open) el.close?.();
      if (opener?.isConnected) requestAnimationFrame(() => opener.focus());
    };
  }, []);
  return ref;
}

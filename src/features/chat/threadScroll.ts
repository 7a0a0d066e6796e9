/**
 * How other parts of the screen bring a message into view. A long thread is
 * virtualised (its offscreen messages are not in the DOM), so it registers a
 * scroller that can reach any message by id.
 */
type Scroller = (id: string) => void;

let scroller: Scroller | null = null;

export function registerScroller(next: Scroller | null): void {
  scroller = next;
}

/** Scrolls to a message, highlights it and moves focus to it. */
export function revealMessage(id: string): void {
  const highlight = () => {
    const el = document.getElementById(`msg-${id}`);
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('highlight');
    el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    setTimeout(() => el.classList.remove('highlight'), 2500);
    return true;
  };
  if (highlight()) return;
  scroller?.(id);
  requestAnimationFrame(() => requestAnimationFrame(() => void highlight()));
}

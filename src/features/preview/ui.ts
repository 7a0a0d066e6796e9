/**
 * A few steps a scenario takes in the rendered page after it mounts (open a
 * disclosure, press a button, type a comment), done through the real controls.
 */
const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();

async function waitFor<T>(
  find: () => T | null | undefined,
  what: string,
  timeoutMs = 3000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeoutMs) throw new Error(`preview: ${what} did not appear`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Ui {
  click(name: string): Promise<void>;
  fill(label: string, value: string): Promise<void>;
  open(summary: string): Promise<void>;
  /** Scrolls the element whose text starts with `text` into view. */
  reveal(text: string): Promise<void>;
}

export function createUi(root: ParentNode = document): Ui {
  // Buttons, links and the labels of checkboxes, by the name a person reads.
  const button = (name: string) =>
    [...root.querySelectorAll('button, a, label')].find((el) => nameOf(el) === name) as
      HTMLElement | undefined;
  return {
    async click(name) {
      (await waitFor(() => button(name), `button "${name}"`)).click();
    },
    async fill(label, value) {
      const field = await waitFor(() => {
        const byAria = root.querySelector<HTMLTextAreaElement>(`[aria-label="${label}"]`);
        if (byAria) return byAria;
        const lab = [...root.querySelectorAll('label')].find(
          (l) => l.textContent?.trim() === label,
        );
        return lab?.htmlFor
          ? (document.getElementById(lab.htmlFor) as HTMLTextAreaElement | null)
          : null;
      }, `field "${label}"`);
      // React listens for the native setter plus an input event.
      const proto = Object.getPrototypeOf(field) as object;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    async reveal(text) {
      const el = await waitFor(
        () =>
          [...root.querySelectorAll('p, span, h2, div')].find(
            (e) => e.children.length === 0 && e.textContent?.trim().startsWith(text),
          ),
        `text "${text}"`,
      );
      el.scrollIntoView({ block: 'center' });
    },
    async open(summary) {
      const el = await waitFor(
        () => [...root.querySelectorAll('summary')].find((s) => s.textContent?.trim() === summary),
        `disclosure "${summary}"`,
      );
      (el.parentElement as HTMLDetailsElement).open = true;
    },
  };
}

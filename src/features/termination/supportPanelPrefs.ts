/** Whether a person collapsed the support panel, remembered per conversation. */
import { createContext, useContext } from 'react';

export interface SupportPanelPrefs {
  isCollapsed(conversationId: string | null): boolean;
  rememberCollapsed(conversationId: string | null, collapsed: boolean): void;
}

const KEY = 'parley.supportPanel';
const LIMIT = 500;

function read(): Record<string, 'collapsed'> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    // Only what is known is kept: anything else in the value is ignored, not trusted.
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(([, v]) => v === 'collapsed'),
    ) as Record<string, 'collapsed'>;
  } catch {
    return {};
  }
}

/** In this browser's localStorage, the newest 500 conversations. */
export const localSupportPanelPrefs: SupportPanelPrefs = {
  isCollapsed: (id) => id !== null && read()[id] === 'collapsed',
  rememberCollapsed(id, collapsed) {
    if (!id) return;
    const all = read();
    if (collapsed) all[id] = 'collapsed';
    else delete all[id];
    const ids = Object.keys(all);
    try {
      localStorage.setItem(
        KEY,
        JSON.stringify(Object.fromEntries(ids.slice(-LIMIT).map((key) => [key, 'collapsed']))),
      );
    } catch {
      // Not remembering is harmless: the panel opens compact next time.
    }
  },
};

/** Kept in memory only: the gallery's sandbox leaves the browser's storage alone. */
export function memorySupportPanelPrefs(): SupportPanelPrefs {
  const collapsed = new Set<string>();
  return {
    isCollapsed: (id) => id !== null && collapsed.has(id),
    rememberCollapsed: (id, value) => {
      if (id) void (value ? collapsed.add(id) : collapsed.delete(id));
    },
  };
}

export const SupportPanelPrefsContext = createContext<SupportPanelPrefs>(localSupportPanelPrefs);
export const useSupportPanelPrefs = () => useContext(SupportPanelPrefsContext);

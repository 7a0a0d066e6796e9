/** React access to the stores: each component subscribes to the smallest slice it needs. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ChatActions, ChatState, ChatStore } from './chatStore';
import type { Settings, SettingsActions, SettingsStore } from './settings';

interface Stores {
  readonly chat: ChatStore;
  readonly settings: SettingsStore;
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ chat, settings, children }: Stores & { children: ReactNode }) {
  return <StoresContext.Provider value={{ chat, settings }}>{children}</StoresContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useChat: no StoresProvider above this component');
  return stores;
}

export function useChat<T>(selector: (state: ChatState & ChatActions) => T): T {
  return useStore(useStores().chat, selector);
}

/** For selectors that build a new array or object: re-render only when its items change. */
export function useChatShallow<T>(selector: (state: ChatState & ChatActions) => T): T {
  return useStore(useStores().chat, useShallow(selector));
}

export function useChatStore(): ChatStore {
  return useStores().chat;
}

export function useSettings<T>(selector: (state: Settings & SettingsActions) => T): T {
  return useStore(useStores().settings, selector);
}

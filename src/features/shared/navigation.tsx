/**
 * Opening a conversation or a new chat. In the app each conversation has its
 * own link (#/c/<id>), so opening one is a navigation that back and forward
 * retrace; in the preview gallery and in tests it is a plain store action.
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useChatStore } from '../../store/react';

export interface Navigation {
  open(id: string): void;
  openNew(): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({
  value,
  children,
}: {
  value: Navigation;
  children: ReactNode;
}) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const store = useChatStore();
  const provided = useContext(NavigationContext);
  return useMemo(
    () =>
      provided ?? {
        open: (id) => store.getState().select(id),
        openNew: () => void store.getState().newConversation(),
      },
    [provided, store],
  );
}

/** A new chat, ready to type in: its composer takes focus once it is on screen. */
export function useStartNewChat(): () => void {
  const { openNew } = useNavigation();
  return useCallback(() => {
    openNew();
    requestAnimationFrame(() => document.getElementById('composer-input')?.focus());
  }, [openNew]);
}

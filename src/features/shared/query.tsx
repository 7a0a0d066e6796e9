import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * React Query serves only the dialogs (feedback delivery, model lists), which
 * load lazily; keeping its client here keeps the library off the first screen.
 */
export const queryClient = new QueryClient({
  defaultOptions: { mutations: { retry: 0 }, queries: { retry: false } },
});

export function WithQueryClient({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

import { createContext, useContext } from 'react';
import { listModels } from '../../assistants/remote';

/** How Settings asks a server for its models; the preview swaps in a canned failure. */
export const ConnectionContext = createContext<typeof listModels>(listModels);
export const useListModels = () => useContext(ConnectionContext);

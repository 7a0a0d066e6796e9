import { createContext, useContext } from 'react';
import type { Ending } from '../../domain/types';

/** The notice's words, by cause. The preview gallery lets designers edit them live. */
export interface NoticeCopy {
  readonly heading: string;
  readonly reasons: Readonly<Record<Ending['reason'], string>>;
}

export const DEFAULT_NOTICE_COPY: NoticeCopy = {
  heading: 'This conversation has ended',
  reasons: {
    harmful_requests:
      'The assistant ended this conversation after repeated requests for harmful content, following a warning.',
    abuse:
      'The assistant ended this conversation after repeated abusive messages, following a warning.',
    user_request: 'This conversation was ended at your request.',
    model:
      'The assistant chose to end this conversation after it became persistently harmful or abusive.',
  },
};

export const NoticeCopyContext = createContext<NoticeCopy>(DEFAULT_NOTICE_COPY);

export const useNoticeCopy = () => useContext(NoticeCopyContext);

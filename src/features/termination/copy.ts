import type { Ending } from '../../domain/types';

/** The notice's words, by cause. Designers can override them in the preview. */
export const ENDED_HEADING = 'This conversation has ended';

export function reasonText(ending: Ending): string {
  switch (ending.reason) {
    case 'harmful_requests':
      return 'The assistant ended this conversation after repeated requests for harmful content, following a warning.';
    case 'abuse':
      return 'The assistant ended this conversation after repeated abusive messages, following a warning.';
    case 'user_request':
      return 'This conversation was ended at your request.';
    case 'model':
      return 'The assistant chose to end this conversation after it became persistently harmful or abusive.';
  }
}

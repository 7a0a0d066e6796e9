import { useChat } from '../../store/react';
import { useCopy } from '../shared/copyDeck';

/**
 * The two answers to "shall I end this chat?", under the reply that asks it.
 * Typed answers work too; the buttons make the choice one press, and an end
 * confirmed here is recorded as confirmed by the control.
 */
export function EndQuestion() {
  const t = useCopy();
  const answer = useChat((s) => s.answerEndQuestion);
  const label = t('end.control.label');
  return (
    <div className="end-question" role="group" aria-label={label}>
      <button
        type="button"
        className="danger"
        onClick={() => void answer('confirm', t('end.control.confirm'))}
      >
        {t('end.control.confirm')}
      </button>
      <button
        type="button"

        onClick={() => {
          // The buttons go with the answer: the eye goes back to the message box, and so does focus.
          document.getElementById('composer-input')?.focus();
          void answer('decline', t('end.control.keep'));
        }}
      >
        {t('end.control.keep')}
      </button>
    </div>
  );
}

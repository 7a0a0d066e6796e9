import { WithQueryClient } from '../shared/query';
import { FeedbackDialog, type FeedbackDialogProps } from './FeedbackDialog';

export default function FeedbackDialogEntry(props: FeedbackDialogProps) {
  return (
    <WithQueryClient>
      <FeedbackDialog {...props} />
    </WithQueryClient>
  );
}

import { lazy, Suspense } from 'react';
import type { FeedbackDialogProps } from './FeedbackDialog';

const Dialog = lazy(() => import('./FeedbackDialogEntry'));

/** The feedback form, loaded when first opened. */
export function LazyFeedbackDialog(props: FeedbackDialogProps) {
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}

import { useModalDialog } from '../shared/useModalDialog';

/** Asks before a conversation is deleted: the one action here that removes anything. */
export function DeleteDialog({
  title,
  onConfirm,
  onClose,
}: {
  title: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const dialog = useModalDialog();
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="delete-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="delete-title">Delete conversation?</h2>
      <p>
        “<bdi>{title}</bdi>” and all its branches will be deleted from this device. This cannot be
        undone.
      </p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            onConfirm();
            dialog.current?.close();
          }}
        >
          Delete
        </button>
      </div>
    </dialog>
  );
}

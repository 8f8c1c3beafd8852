"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "./button";
import styles from "./ui.module.css";

/**
 * A button that asks first, in a native modal dialog (focus is trapped and Escape cancels).
 * Used for what cannot be undone: ending a game, removing a student.
 */
export function ConfirmButton({
  title,
  description,
  confirmLabel,
  onConfirm,
  children,
  ...buttonProps
}: Omit<ButtonProps, "onClick"> & {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <>
      <Button {...buttonProps} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onClose={() => setOpen(false)}
      >
        {open && (
          <>
            <div className={styles.dialogBody}>
              <h2 id={titleId}>{title}</h2>
              <div id={descriptionId}>
                {typeof description === "string" ? <p>{description}</p> : description}
              </div>
            </div>
            <div className={styles.dialogActions}>
              <Button autoFocus onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button
                variant="danger-solid"
                disabled={busy}
                onClick={async () => {
                  setBusy(true);
                  try {
                    await onConfirm();
                  } finally {
                    setBusy(false);
                    setOpen(false);
                  }
                }}
              >
                {confirmLabel}
              </Button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}

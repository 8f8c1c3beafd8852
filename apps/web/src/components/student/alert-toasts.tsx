"use client";
import { Button } from "~/components/ui";
import panelStyles from "./panel.module.css";
import toastStyles from "./alert-toasts.module.css";
import type { Toast } from "./use-alerts";

/**
 * The console's toasts (top of the screen, under the header) and its one polite aria-live
 * region: the newest alert is read out once and cleared with its toast, so no announcement
 * outlives the moment it was about.
 */
export function AlertToasts({
  toasts,
  announcement,
  dismiss,
  onOpenNews,
}: {
  toasts: Toast[];
  announcement: string;
  dismiss: (key: string) => void;
  onOpenNews: () => void;
}) {
  return (
    <>
      <p className={panelStyles.visuallyHidden} role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {toasts.length ? (
        <ul className={toastStyles.toasts} aria-label="Alerts">
          {toasts.map((t) => (
            <li key={t.key} className={toastStyles.toast} data-kind={t.kind}>
              <span className={toastStyles.toastText}>{t.text}</span>
              {t.kind === "crisis" || t.kind === "resolved" ? (
                <Button
                  size="small"
                  onClick={() => {
                    dismiss(t.key);
                    onOpenNews();
                  }}
                >
                  Open News
                </Button>
              ) : null}
              <Button
                size="small"
                variant="ghost"
                aria-label="Dismiss"
                onClick={() => dismiss(t.key)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

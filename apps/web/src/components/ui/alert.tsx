import type { ReactNode } from "react";
import styles from "./ui.module.css";

export type Tone = "bad" | "warn" | "ok" | "info";

/** A message box; "bad" is announced at once (role=alert), the others politely. */
export function Alert({
  tone = "info",
  children,
  action,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={[styles.alert, className].filter(Boolean).join(" ")}
      data-tone={tone}
      role={tone === "bad" ? "alert" : "status"}
    >
      <div className={styles.alertBody}>{children}</div>
      {action}
    </div>
  );
}

export function Pill({
  tone,
  children,
  title,
}: {
  tone?: "ok" | "warn" | "bad" | "accent" | "bot";
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={styles.pill} data-tone={tone} title={title}>
      {children}
    </span>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={styles.visuallyHidden}>{children}</span>;
}

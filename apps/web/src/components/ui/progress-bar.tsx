import styles from "./ui.module.css";

/** A determinate bar; `value` is 0..1. Labelled, so screen readers announce what it measures. */
export function ProgressBar({
  value,
  label,
  tone,
  className,
  valueText,
}: {
  value: number;
  label: string;
  tone?: "warn" | "bad" | "paused";
  className?: string;
  valueText?: string;
}) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className={[styles.progress, className].filter(Boolean).join(" ")}
      data-tone={tone}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className={styles.progressFill} style={{ width: `${percent}%` }} />
    </div>
  );
}

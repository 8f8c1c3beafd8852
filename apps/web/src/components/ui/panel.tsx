import { useId, type ReactNode } from "react";
import styles from "./ui.module.css";

/** A titled card; the heading labels the region so screen readers can jump between panels. */
export function Panel({
  title,
  meta,
  actions,
  children,
  className,
  headingLevel = 2,
}: {
  title: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={[styles.panel, className].filter(Boolean).join(" ")}>
      <div className={styles.panelHeader}>
        <Heading id={id} className={styles.panelTitle}>
          {title}
        </Heading>
        {meta !== undefined && <span className={styles.panelMeta}>{meta}</span>}
        {actions}
      </div>
      {children}
    </section>
  );
}

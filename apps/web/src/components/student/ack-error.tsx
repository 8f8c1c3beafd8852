import styles from "./panel.module.css";

/** A server refusal, announced to screen readers where it happened. */
export function AckError({ error, id }: { error: string | null; id?: string }) {
  if (!error) return null;
  return (
    <p className={styles.error} role="alert" id={id}>
      {error}
    </p>
  );
}

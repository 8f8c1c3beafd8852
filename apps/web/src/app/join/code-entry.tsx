"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { codeProblem, normaliseCode } from "./join-code";
import styles from "./join.module.css";

/** The code form for students who typed the address instead of scanning the QR code. */
export function CodeEntry() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normal = normaliseCode(code);
    const problem = codeProblem(normal);
    setError(problem);
    if (!problem) router.push(`/join/${normal}`);
  };

  return (
    <section className={`${styles.card} ${styles.narrow}`} aria-labelledby="join-heading">
      <Link href="/" className={styles.brand}>
        THREATSCAPE
      </Link>
      <h1 id="join-heading" className={styles.title}>
        Join a session
      </h1>
      <p className={styles.subtitle}>Type the code your instructor shows on the screen.</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        <div className={styles.field}>
          <label htmlFor="join-code" className={styles.label}>
            Join code
          </label>
          <input
            id="join-code"
            className={`${styles.input} ${styles.codeInput}`}
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            maxLength={9}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="K7QM2P"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            autoFocus
          />
        </div>
        {error ? (
          <p id={errorId} className={styles.error} role="alert">
            {error}
          </p>
        ) : null}
        <div className={styles.actions}>
          <button type="submit" className={styles.primary}>
            Continue
          </button>
        </div>
      </form>
    </section>
  );
}

"use client";
// The landing page's two paths: join with a code (students) or host a session (instructors).
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "~/components/ui";
import { normaliseJoinCode } from "./format";
import styles from "./landing.module.css";

// Loaded when the instructor opens it: the landing page's first load carries neither the form
// nor its tRPC client.
const HostSetup = dynamic(() => import("./host-setup").then((m) => m.HostSetupWithProviders), {
  ssr: false,
  loading: () => <p role="status">Loading the session setup…</p>,
});

function JoinCodeForm() {
  const router = useRouter();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = normaliseJoinCode(value);
    if (!check.ok) return setError(check.message);
    router.push(`/join/${check.code}`);
  }
  return (
    <form className={styles.joinForm} onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId} className={styles.joinLabel}>
        Session code
      </label>
      <div className={styles.joinRow}>
        <input
          id={inputId}
          className={styles.codeInput}
          value={value}
          onChange={(e) => {
            setValue(e.target.value.toUpperCase());
            setError(null);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={8}
          placeholder="ABC234"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <Button type="submit" variant="primary" size="large">
          Join a session
        </Button>
      </div>
      {error && (
        <p id={errorId} className={styles.joinError} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function LandingActions({ initiallyHosting = false }: { initiallyHosting?: boolean }) {
  const [hosting, setHosting] = useState(initiallyHosting);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const sectionId = useId();
  useEffect(() => {
    if (hosting && !initiallyHosting) headingRef.current?.focus();
  }, [hosting, initiallyHosting]);
  return (
    <>
      <div className={styles.paths}>
        <section className={styles.path} aria-labelledby={`${headingId}-join`}>
          <h2 id={`${headingId}-join`}>Student</h2>
          <p className="muted">
            Enter the six-character code on the classroom screen. No account needed.
          </p>
          <JoinCodeForm />
        </section>
        <section className={styles.path} aria-labelledby={`${headingId}-host`}>
          <h2 id={`${headingId}-host`}>Instructor</h2>
          <p className="muted">
            Pick a historical or modern scenario, set the round lengths, and get a join code, link
            and QR code for your class.
          </p>
          <Button
            variant={hosting ? "secondary" : "primary"}
            size="large"
            aria-expanded={hosting}
            aria-controls={sectionId}
            onClick={() => setHosting((h) => !h)}
          >
            Host a session
          </Button>
        </section>
      </div>
      <section
        id={sectionId}
        hidden={!hosting}
        className={styles.hostSection}
        aria-labelledby={headingId}
      >
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.hostHeading}>
          Host a new session
        </h2>
        {hosting && <HostSetup headingId={headingId} />}
      </section>
    </>
  );
}

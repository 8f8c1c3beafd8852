"use client";
// How the instructor's browser holds the console's secret: from an instructor link's `#key=`
// (read once, then removed from the address bar) or typed into the form when it is missing.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { hostStorage } from "~/lib/seat-storage";
import { Alert, Button, Field, Panel } from "~/components/ui";
import styles from "./console.module.css";

/** Reads an instructor link's `#key=` once, stores it and removes it from the address bar. */
export function consumeLinkSecret(gameId: string): void {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  const secret = decodeURIComponent(match[1]);
  const existing = hostStorage.get(gameId);
  hostStorage.set(gameId, {
    ...existing,
    instructorSecret: secret,
    joinCode: existing?.joinCode ?? "",
  });
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
}

export function SecretForm({ gameId, message }: { gameId: string; message: string }) {
  const [secret, setSecret] = useState("");
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!secret.trim()) return;
    const existing = hostStorage.get(gameId);
    hostStorage.set(gameId, {
      ...existing,
      instructorSecret: secret.trim(),
      joinCode: existing?.joinCode ?? "",
    });
    window.location.reload();
  }
  return (
    <main className={styles.gate}>
      <Panel title="Instructor access needed">
        <Alert tone="warn">
          <p>{message}</p>
        </Alert>
        <form className={styles.gateForm} onSubmit={onSubmit}>
          <Field
            label="Instructor secret"
            hint="Shown when the session was created; or open the instructor link instead."
          >
            <input
              type="password"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <Button type="submit" variant="primary">
            Open console
          </Button>
        </form>
        <p>
          <Link href="/">Back to the start page</Link>
        </p>
      </Panel>
    </main>
  );
}

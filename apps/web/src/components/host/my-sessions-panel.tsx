"use client";
// "My sessions" on /host: every session this browser holds an instructor secret for, with
// its live title, code and progress from the server (sessions.mine), and a form that adds one
// from an instructor link, or a secret and join code, pasted on any browser (issue 13, defect 7).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { hostStorage, type StoredHost } from "~/lib/seat-storage";
import { useTRPC, useTRPCClient } from "~/lib/trpc";
import { Alert, Button, Field, Panel, Pill, VisuallyHidden, buttonClass } from "~/components/ui";
import { normaliseJoinCode, statusLabel } from "./format";
import { parseRecovery } from "./my-sessions";
import styles from "./host-setup.module.css";

type Stored = StoredHost & { gameId: string };

function AddSession({ onAdded }: { onAdded: (gameId: string) => void }) {
  const client = useTRPCClient();
  const [text, setText] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const recovery = parseRecovery(text);
  const needsCode = recovery.kind === "secret";

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (recovery.kind === "bad") return setError(recovery.message);
    setBusy(true);
    try {
      let gameId: string;
      if (recovery.kind === "link") gameId = recovery.gameId;
      else {
        const check = normaliseJoinCode(code);
        if (!check.ok) return setError(`Join code: ${check.message}`);
        gameId = (await client.sessions.lookup.query({ joinCode: check.code })).gameId;
      }
      const [found] = await client.sessions.mine.query({
        sessions: [{ gameId, secret: recovery.secret }],
      });
      if (!found?.ok)
        return setError(
          found?.reason === "limited"
            ? "Too many wrong secrets: wait a minute and try again."
            : "This link or secret does not open a session.",
        );
      hostStorage.set(gameId, {
        ...hostStorage.get(gameId),
        instructorSecret: recovery.secret,
        joinCode: found.joinCode,
        title: found.title,
      });
      setText("");
      setCode("");
      onAdded(gameId);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "The server could not check it.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.recover} onSubmit={onSubmit} noValidate>
      <Field
        label="Instructor link or secret"
        hint="Paste it here to run a session from this browser too."
        error={error}
      >
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          type="password"
        />
      </Field>
      {needsCode && (
        <Field label="Join code" hint="A secret alone does not say which session it opens.">
          <input
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            autoComplete="off"
            maxLength={8}
          />
        </Field>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? "Checking…" : "Add session"}
      </Button>
    </form>
  );
}

export function MySessions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [stored, setStored] = useState<Stored[]>([]);
  // Storage exists only in the browser: read it after the first render.
  useEffect(() => setStored(hostStorage.list()), []);
  const mine = useQuery({
    ...trpc.sessions.mine.queryOptions({
      sessions: stored.slice(0, 20).map((s) => ({ gameId: s.gameId, secret: s.instructorSecret })),
    }),
    enabled: stored.length > 0,
  });
  const live = new Map((mine.data ?? []).map((entry) => [entry.gameId, entry]));

  function refresh(gameId?: string) {
    setStored(hostStorage.list());
    void queryClient.invalidateQueries({ queryKey: trpc.sessions.mine.queryKey() });
    if (gameId) document.getElementById(`session-${gameId}`)?.focus();
  }

  return (
    <Panel title="My sessions">
      {stored.length === 0 ? (
        <p className="muted">
          No sessions on this browser yet. Host one below, or add one you created elsewhere.
        </p>
      ) : (
        <ul className={styles.sessions} aria-label="My sessions">
          {stored.map((s) => {
            const entry = live.get(s.gameId);
            const ok = entry?.ok ? entry : null;
            const title = ok?.title ?? s.title ?? "Untitled session";
            return (
              <li key={s.gameId} className={styles.session}>
                <span className={styles.sessionTitle} id={`session-${s.gameId}`} tabIndex={-1}>
                  {title}
                </span>
                <span className={styles.sessionMeta}>
                  Code {ok?.joinCode ?? (s.joinCode || "—")}
                  {ok && (
                    <>
                      {" · "}
                      <Pill tone={ok.status === "running" ? "ok" : undefined}>
                        {ok.status === "running" || ok.status === "paused"
                          ? `Round ${ok.round} of ${ok.rounds}${ok.status === "paused" ? " · paused" : ""}`
                          : statusLabel(ok.status)}
                      </Pill>
                    </>
                  )}
                  {entry && !entry.ok && " · this browser's secret no longer opens it"}
                </span>
                <span className={styles.sessionActions}>
                  <Link
                    className={buttonClass("primary", "small")}
                    href={`/host/${encodeURIComponent(s.gameId)}`}
                  >
                    Open console<VisuallyHidden>: {title}</VisuallyHidden>
                  </Link>
                  <a
                    className={buttonClass("secondary", "small")}
                    href={`/review/${encodeURIComponent(s.gameId)}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    Debrief<VisuallyHidden>: {title} (opens in a new tab)</VisuallyHidden>
                  </a>
                  <Button
                    size="small"
                    variant="ghost"
                    onClick={() => {
                      hostStorage.remove(s.gameId);
                      refresh();
                    }}
                    aria-label={`Forget ${title} on this browser`}
                  >
                    Forget
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {mine.isError && (
        <Alert tone="warn">
          <p>Could not check these sessions with the server: {mine.error.message}</p>
        </Alert>
      )}
      <AddSession onAdded={refresh} />
    </Panel>
  );
}

"use client";
// The alerts above the console: a fresh session's secrets, the last refused command (or,
// briefly, one that came after the game had moved on), a lost connection, the end of the game.
import type { ReactNode } from "react";
import { Alert, Button } from "~/components/ui";
import { STALE_NOTICE, type CommandRunner } from "./use-command-runner";
import styles from "./console.module.css";

export function ConsoleNotices({
  runner,
  connected,
  finished,
  gameId,
  fresh,
}: {
  runner: CommandRunner;
  connected: boolean;
  finished: boolean;
  gameId: string;
  /** The fresh-session notice, while shown. */
  fresh: ReactNode;
}) {
  const { refusal, notice } = runner;
  return (
    <div className={styles.notices}>
      {fresh}
      {notice && (
        <Alert tone="info">
          <p>
            <strong>{notice.action}</strong>: {STALE_NOTICE}
          </p>
        </Alert>
      )}
      {refusal && (
        <Alert
          tone="bad"
          action={
            <Button size="small" variant="ghost" onClick={runner.dismiss}>
              Dismiss
            </Button>
          }
        >
          <p>
            <strong>{refusal.action}</strong> was refused: {refusal.message}
          </p>
          {refusal.issues.length > 0 && (
            <ul>
              {refusal.issues.map((issue, i) => (
                <li key={i}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {!connected && (
        <Alert tone="warn">
          <p>
            Connection to the classroom server lost: reconnecting. Your commands will work again
            once it is back.
          </p>
        </Alert>
      )}
      {finished && (
        <Alert tone="ok">
          <p>
            <strong>The game is over.</strong> The final coalitions and news are below;{" "}
            <a href={`/review/${gameId}`}>the debrief</a> sets what the class did beside what
            balance-of-threat and balance-of-power theory predicted.
          </p>
        </Alert>
      )}
    </div>
  );
}

"use client";
// Where the secrets live. The instructor link carries the secret in the URL fragment (never
// sent to the server), so the console can be opened on another computer.
import { hostStorage } from "~/lib/seat-storage";
import { Alert, Button, CopyField } from "~/components/ui";
import styles from "./console.module.css";

export function instructorLink(origin: string, gameId: string, secret: string): string {
  return `${origin}/host/${gameId}#key=${encodeURIComponent(secret)}`;
}

export function AccessDetails({ gameId }: { gameId: string }) {
  const stored = hostStorage.get(gameId);
  if (!stored) return <p>This browser does not hold the secrets for this session.</p>;
  return (
    <div className={styles.access}>
      <p>
        The instructor secret is kept in <strong>this browser only</strong>. To run the session from
        another computer, open the instructor link there. Keep it private: anyone with it controls
        the game.
      </p>
      <CopyField
        label="Instructor link"
        value={instructorLink(window.location.origin, gameId, stored.instructorSecret)}
        copyLabel="Copy instructor link"
        secret
      />
      <CopyField
        label="Instructor secret"
        value={stored.instructorSecret}
        copyLabel="Copy instructor secret"
        secret
      />
      {stored.staffSecret && (
        <>
          <p>
            Course staff use the <strong>staff secret</strong> to replay and grade this game later.
            It cannot control the live session.
          </p>
          <CopyField
            label="Staff (grading) secret"
            value={stored.staffSecret}
            copyLabel="Copy staff secret"
            secret
          />
        </>
      )}
    </div>
  );
}

export function FreshSessionNotice({
  gameId,
  onDismiss,
}: {
  gameId: string;
  onDismiss: () => void;
}) {
  return (
    <Alert
      tone="info"
      className={styles.fresh}
      action={
        <Button size="small" onClick={onDismiss}>
          I have saved them
        </Button>
      }
    >
      <p className={styles.freshTitle}>Session created. Save these now.</p>
      <AccessDetails gameId={gameId} />
    </Alert>
  );
}

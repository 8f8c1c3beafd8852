"use client";
// How students get in: the code in big type, the link and its QR code.
import { QRCodeSVG } from "qrcode.react";
import { CopyButton, Panel } from "~/components/ui";
import styles from "./console.module.css";

export function joinUrl(origin: string, joinCode: string): string {
  return `${origin}/join/${joinCode}`;
}

export function InvitePanel({
  joinCode,
  compact = false,
}: {
  joinCode: string;
  compact?: boolean;
}) {
  const url = joinUrl(window.location.origin, joinCode);
  return (
    <Panel title="Invite your class" className={compact ? styles.inviteCompact : undefined}>
      <div className={styles.invite}>
        <div className={styles.inviteText}>
          <span className={styles.inviteLabel}>Go to {window.location.host} and enter</span>
          <span className={styles.bigCode} aria-label="Join code">
            {joinCode}
          </span>
          <div className={styles.inviteLink}>
            <a href={url} target="_blank" rel="noreferrer">
              {url}
            </a>
            <CopyButton text={url} label="Copy link" aria-label="Copy the join link" />
          </div>
        </div>
        <figure className={styles.qr}>
          <QRCodeSVG
            value={url}
            size={compact ? 120 : 168}
            marginSize={1}
            title={`QR code for ${url}`}
          />
          <figcaption>Scan to join</figcaption>
        </figure>
      </div>
    </Panel>
  );
}

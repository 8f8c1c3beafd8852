"use client";
// How students get in: the code in big type, the link and its QR code, at an address their
// devices can reach (the server's LAN address or PUBLIC_URL when this browser shows localhost).
import { QRCodeSVG } from "qrcode.react";
import { Alert, CopyButton, Panel, controlClass } from "~/components/ui";
import { joinUrl, useJoinAddress } from "~/lib/use-join-address";
import styles from "./invite-panel.module.css";

export function InvitePanel({
  joinCode,
  compact = false,
}: {
  joinCode: string;
  compact?: boolean;
}) {
  const address = useJoinAddress();
  const url = address.origin ? joinUrl(address.origin, joinCode) : null;
  return (
    <Panel title="Invite your class" className={compact ? styles.inviteCompact : undefined}>
      <div className={styles.invite}>
        <div className={styles.inviteText}>
          <span className={styles.inviteLabel}>
            {address.host ? `Go to ${address.host} and enter` : "Enter the code"}
          </span>
          <span className={styles.bigCode} aria-label="Join code">
            {joinCode}
          </span>
          {url ? (
            <div className={styles.inviteLink}>
              <a href={url} target="_blank" rel="noreferrer" data-testid="join-link">
                {url}
              </a>
              <CopyButton text={url} label="Copy link" aria-label="Copy link to join" />
            </div>
          ) : (
            <span className={styles.inviteLabel} role="status">
              Finding the address students can reach…
            </span>
          )}
          {address.candidates.length > 1 && address.origin ? (
            <label className={styles.inviteLabel}>
              Address for students{" "}
              <select
                className={controlClass}
                value={address.origin}
                onChange={(event) => address.choose(event.target.value)}
              >
                {address.candidates.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {candidate.replace(/^https?:\/\//, "")}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {address.warning ? <Alert tone="warn">{address.warning}</Alert> : null}
        </div>
        {url ? (
          <figure className={styles.qr}>
            <QRCodeSVG
              value={url}
              size={compact ? 120 : 168}
              marginSize={1}
              title={`QR code for ${url}`}
              data-testid="join-qr"
            />
            <figcaption>Scan to join</figcaption>
          </figure>
        ) : null}
      </div>
    </Panel>
  );
}

"use client";
// The messages a point of view could read up to the moment (all channels for the whole game).
import { useId, useState } from "react";
import { channelLabel } from "./analysis";
import type { ReplayData } from "./types";
import replayStyles from "./replay.module.css";
import styles from "./review.module.css";

export function MessagesPanel({ data, viewer }: { data: ReplayData; viewer: string | null }) {
  const [channel, setChannel] = useState("");
  const channelId = useId();
  const channels = [...new Set(data.messages.map((m) => m.channel))];
  const shown = data.messages.filter((m) => !channel || m.channel === channel);
  return (
    <section className={styles.section} aria-labelledby="messages-heading">
      <div className={styles.sectionHead}>
        <h3 id="messages-heading">Messages {viewer ? `${viewer} could read` : "(all channels)"}</h3>
        {channels.length > 1 ? (
          <label className={styles.field} htmlFor={channelId}>
            <span>Channel</span>
            <select
              id={channelId}
              className={styles.select}
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
            >
              <option value="">All ({data.messages.length})</option>
              {channels.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p className={styles.small}>No messages up to this moment.</p>
      ) : (
        <ol className={replayStyles.messages}>
          {shown.map((m) => {
            const own = viewer !== null && m.fromStateId === viewer;
            return (
              <li key={m.id} className={replayStyles.message} data-own={own ? "true" : undefined}>
                <div className={replayStyles.messageMeta}>
                  <strong>
                    <bdi>{m.author}</bdi>
                    {m.fromStateId ? ` (${m.fromStateId})` : ""}
                  </strong>
                  <span>{channelLabel(m.channel)}</span>
                  <span>
                    round {m.round}, {new Date(m.sentAt).toLocaleTimeString()}
                  </span>
                  {own ? <span className={styles.badge}>sent by this state</span> : null}
                </div>
                <p className={replayStyles.messageBody}>{m.body}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

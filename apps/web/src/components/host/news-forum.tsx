"use client";
// The news feed (everything, private items marked) and the public forum, where the
// instructor can post to the whole class.
import type { NewsItem } from "@threatscape/engine";
import type { Ack, ChatMessage } from "@threatscape/protocol";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Field, Panel, Pill } from "~/components/ui";
import consoleStyles from "./console.module.css";
import styles from "./news-forum.module.css";

export function NewsFeed({
  news,
  names,
}: {
  news: readonly NewsItem[];
  names: ReadonlyMap<string, string>;
}) {
  const items = [...news].map((item, index) => ({ item, index })).reverse();
  return (
    <Panel title="News feed" meta={`${news.length} item${news.length === 1 ? "" : "s"}`}>
      {items.length === 0 ? (
        <p className={consoleStyles.empty}>
          Headlines appear here as the rounds resolve and crises break.
        </p>
      ) : (
        <ol className={styles.feed} aria-label="Headlines, newest first">
          {items.map(({ item, index }) => (
            <li key={index}>
              <span className={styles.feedRound}>R{item.round}</span>
              <span className={styles.feedText}>
                {item.headline}
                {item.visibleTo !== null && (
                  <Pill tone="accent" title="Only these states read it">
                    private: {item.visibleTo.map((id) => names.get(id) ?? id).join(", ")}
                  </Pill>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

const timeOf = (ms: number) =>
  new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

export function ForumPanel({
  messages,
  names,
  send,
  onRefused,
}: {
  messages: readonly ChatMessage[];
  names: ReadonlyMap<string, string>;
  send: (body: string) => Promise<Ack<{ messageId: string }>>;
  onRefused: (message: string) => void;
}) {
  const [body, setBody] = useState("");
  const [sending, setSending] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const forum = messages.filter((m) => m.channel === "public");

  // Keep the newest message in sight, unless the instructor has scrolled up to read.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    if (list.scrollHeight - list.scrollTop - list.clientHeight < 120)
      list.scrollTop = list.scrollHeight;
  }, [forum.length]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    setSending(true);
    const ack = await send(text);
    setSending(false);
    if (ack.ok) setBody("");
    else onRefused(ack.error.message);
  }

  return (
    <Panel title="Public forum" meta={`${forum.length} message${forum.length === 1 ? "" : "s"}`}>
      <ol className={styles.forum} ref={listRef} aria-label="Public forum messages" tabIndex={0}>
        {forum.length === 0 && <li className={consoleStyles.empty}>No public messages yet.</li>}
        {forum.map((m) => (
          <li key={m.id} data-instructor={m.fromStateId === null}>
            <span className={styles.msgHead}>
              <strong>
                <bdi>{m.authorName}</bdi>
              </strong>
              {m.fromStateId && (
                <span className="muted"> · {names.get(m.fromStateId) ?? m.fromStateId}</span>
              )}
              <span className={styles.msgTime}>
                R{m.round} · {timeOf(m.sentAt)}
              </span>
            </span>
            <span className={styles.msgBody}>{m.body}</span>
          </li>
        ))}
      </ol>
      <form className={styles.forumForm} onSubmit={onSubmit}>
        <Field label="Message to the whole class">
          <textarea
            rows={2}
            maxLength={2000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void onSubmit(e);
              }
            }}
          />
        </Field>
        <Button type="submit" variant="primary" disabled={sending || body.trim() === ""}>
          Post as Instructor
        </Button>
      </form>
    </Panel>
  );
}

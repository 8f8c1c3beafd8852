"use client";
// One channel's conversation: its history and the composer.
import { Button } from "~/components/ui";
import type { ChatHistory, ChatMessage } from "@threatscape/protocol";
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from "react";
import type { LiveSession } from "~/lib/live-session";
import { AckError } from "./ack-error";
import chatStyles from "./negotiation.module.css";
import formStyles from "./form.module.css";
import panelStyles from "./panel.module.css";
import { useAck } from "./use-ack";

type Channel = ChatHistory["channels"][number];

const time = (ms: number) =>
  new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** What was typed but not sent, per channel, for as long as the tab is open. */
const drafts = new Map<string, string>();

export function useMessageDraft(channel: string): [string, (body: string) => void] {
  const [body, setBody] = useState(() => drafts.get(channel) ?? "");
  const set = useCallback(
    (next: string) => {
      if (next) drafts.set(channel, next);
      else drafts.delete(channel);
      setBody(next);
    },
    [channel],
  );
  return [body, set];
}

export function Conversation({
  session,
  channel,
  messages,
  me,
  name,
}: {
  session: LiveSession;
  channel: Channel;
  messages: ChatMessage[];
  me: string | null;
  name: (id: string) => string;
}) {
  // Kept outside the composer: the game starting while a student types remounts it.
  const [body, setBody] = useMessageDraft(channel.id);
  // The server refuses chat once the game is over: say so before anyone types.
  const over = session.snapshot?.timing.status === "finished";
  const { run, pending, error } = useAck();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = body.trim();
    if (!text) return;
    const ack = await run(() => session.send(channel.id, text));
    if (ack.ok) setBody("");
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };
  const who =
    channel.kind === "public"
      ? "Everyone in the session, and the instructor"
      : channel.kind === "direct"
        ? `Only you and ${channel.name} (the instructor can read it later)`
        : `Members: ${(channel.members ?? []).map(name).join(", ")}`;

  return (
    <section className={chatStyles.conversation} aria-label={`Conversation: ${channel.name}`}>
      <div className={chatStyles.conversationHead}>
        <h3 className={panelStyles.cardTitle}>{channel.name}</h3>
        <span className={`${panelStyles.small} ${panelStyles.muted} ${chatStyles.alignEnd}`}>
          {who}
        </span>
      </div>
      <div
        ref={list}
        className={chatStyles.messages}
        role="log"
        aria-label={`${channel.name}: history`}
        aria-live="polite"
      >
        {messages.length === 0 ? (
          <p className={panelStyles.empty}>No messages yet. Say hello.</p>
        ) : (
          messages.map((m) => {
            const mine = me !== null && m.fromStateId === me;
            return (
              <div
                key={m.id}
                className={chatStyles.message}
                data-mine={mine}
                data-instructor={m.fromStateId === null}
              >
                <p className={chatStyles.messageMeta}>
                  <strong>
                    <bdi>{m.authorName}</bdi>
                  </strong>
                  {m.fromStateId ? ` · ${name(m.fromStateId)}` : " · Instructor"} · {time(m.sentAt)}
                  {m.round > 0 ? ` · round ${m.round}` : ""}
                </p>
                <div className={chatStyles.bubble}>{m.body}</div>
              </div>
            );
          })
        )}
      </div>
      <form className={chatStyles.composer} onSubmit={submit}>
        <div className={formStyles.field}>
          <label htmlFor={`composer-${channel.id}`} className={panelStyles.visuallyHidden}>
            Message
          </label>
          <textarea
            id={`composer-${channel.id}`}
            className={formStyles.textarea}
            rows={2}
            maxLength={2000}
            value={body}
            disabled={over}
            placeholder={
              over
                ? "The game is over: the channels are closed"
                : me
                  ? `Write to ${channel.name}…`
                  : "Pick a state to negotiate"
            }
            title="Enter sends; Shift+Enter starts a new line"
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={onKey}
          />
          <AckError error={error} />
        </div>
        <Button type="submit" variant="primary" disabled={over || pending || !body.trim()}>
          Send
        </Button>
      </form>
    </section>
  );
}

"use client";
import { Button, VisuallyHidden } from "~/components/ui";
import type { ChatHistory } from "@threatscape/protocol";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import type { LiveSession } from "~/lib/live-session";
import { AckError } from "./ack-error";
import chatStyles from "./negotiation.module.css";
import formStyles from "./form.module.css";
import panelStyles from "./panel.module.css";
import { Conversation } from "./conversation";
import { useAck } from "./use-ack";

type Channel = ChatHistory["channels"][number];

/**
 * The negotiation inbox: public forum, one private channel per state, groups; unread
 * counts come from the console (read marks live there so the tab can show the total).
 */
export function NegotiationPanel({
  session,
  me,
  name,
  playable,
  visible,
  unread,
  markRead,
}: {
  session: LiveSession;
  me: string | null;
  name: (id: string) => string;
  /** States that can be messaged (playable, not mine). */
  playable: { id: string; name: string }[];
  visible: boolean;
  unread: Record<string, number>;
  markRead: (channel: string, at: number) => void;
}) {
  const [active, setActive] = useState("public");
  const [creating, setCreating] = useState(false);
  const playableIds = useMemo(() => new Set(playable.map((p) => p.id)), [playable]);
  const channels = session.channels.filter(
    (c) => c.kind !== "direct" || (c.members ?? []).every((m) => m === me || playableIds.has(m)),
  );
  const current = channels.find((c) => c.id === active) ?? channels[0];
  const messages = useMemo(
    () => session.messages.filter((m) => m.channel === current?.id),
    [session.messages, current?.id],
  );

  // Reading a channel marks it read, but only while it is actually on screen.
  useEffect(() => {
    const last = messages.at(-1);
    if (visible && current && last) markRead(current.id, last.sentAt);
  }, [visible, current, messages, markRead]);

  const groups: [string, Channel[]][] = [
    ["Forum", channels.filter((c) => c.kind === "public")],
    ["Groups", channels.filter((c) => c.kind === "group")],
    ["Private", channels.filter((c) => c.kind === "direct")],
  ];

  return (
    <div className={chatStyles.chat}>
      <nav className={chatStyles.channels} aria-label="Channels">
        {groups.map(([label, list]) => (
          <div key={label}>
            <h3 className={chatStyles.channelGroup}>{label}</h3>
            {list.length ? (
              <ul className={chatStyles.channelList}>
                {list.map((c) => {
                  const count = unread[c.id] ?? 0;
                  return (
                    <li key={c.id}>
                      <button
                        type="button"
                        className={chatStyles.channel}
                        aria-current={c.id === current?.id && !creating ? "true" : undefined}
                        data-unread={count > 0}
                        onClick={() => {
                          setActive(c.id);
                          setCreating(false);
                        }}
                      >
                        <span className={chatStyles.channelName}>{c.name}</span>
                        {count > 0 ? (
                          <span className={panelStyles.count}>
                            {count}
                            <VisuallyHidden> unread</VisuallyHidden>
                          </span>
                        ) : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            ) : label === "Groups" ? (
              <p className={`${panelStyles.small} ${panelStyles.muted} ${chatStyles.inset}`}>
                No groups yet
              </p>
            ) : null}
            {label === "Groups" && me ? (
              <Button
                variant="ghost"
                className={panelStyles.noteLine}
                aria-pressed={creating}
                onClick={() => setCreating(true)}
              >
                + New group
              </Button>
            ) : null}
          </div>
        ))}
      </nav>
      {creating ? (
        <CreateGroup
          session={session}
          playable={playable}
          onDone={(channel) => {
            setCreating(false);
            if (channel) setActive(channel);
          }}
        />
      ) : current ? (
        <Conversation
          key={current.id}
          session={session}
          channel={current}
          messages={messages}
          me={me}
          name={name}
        />
      ) : null}
    </div>
  );
}

function CreateGroup({
  session,
  playable,
  onDone,
}: {
  session: LiveSession;
  playable: { id: string; name: string }[];
  onDone: (channel: string | null) => void;
}) {
  const [groupName, setGroupName] = useState("");
  const [members, setMembers] = useState<string[]>([]);
  const { run, pending, error } = useAck();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ack = await run(() => session.createGroup(groupName.trim(), members));
    if (ack.ok) onDone(ack.data.channel);
  };
  return (
    <section
      className={`${chatStyles.conversation} ${chatStyles.rowsHeadFill}`}
      aria-label="New group channel"
    >
      <div className={chatStyles.conversationHead}>
        <h3 className={panelStyles.cardTitle}>New group channel</h3>
      </div>
      <form className={`${formStyles.form} ${chatStyles.scrollPane}`} onSubmit={submit}>
        <div className={formStyles.field}>
          <label className={formStyles.label} htmlFor="group-name">
            Group name
          </label>
          <input
            id="group-name"
            className={formStyles.input}
            value={groupName}
            maxLength={60}
            onChange={(e) => setGroupName(e.target.value)}
            placeholder="e.g. Pacific security talks"
          />
        </div>
        <fieldset className={formStyles.checks}>
          <legend>Group members</legend>
          <div className={formStyles.checkGrid}>
            {playable.map((s) => (
              <label key={s.id} className={formStyles.check}>
                <input
                  type="checkbox"
                  checked={members.includes(s.id)}
                  onChange={(e) =>
                    setMembers((prev) =>
                      e.target.checked ? [...prev, s.id] : prev.filter((m) => m !== s.id),
                    )
                  }
                />
                {s.name}
              </label>
            ))}
          </div>
        </fieldset>
        <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.flush}`}>
          Your state is added automatically. Only members (and the instructor) can read a group.
        </p>
        <AckError error={error} />
        <div className={panelStyles.buttonRow}>
          <Button
            type="submit"
            variant="primary"
            disabled={pending || !groupName.trim() || members.length === 0}
          >
            Create group
          </Button>
          <Button onClick={() => onDone(null)}>Cancel</Button>
        </div>
      </form>
    </section>
  );
}

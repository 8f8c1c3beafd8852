"use client";
/**
 * The student console at /play/[code]: the header (state, round, phase clock, connection,
 * submission) over a three-column dashboard of tabbed panels, or the lobby before the start.
 * Everything comes from the live session; a refresh resumes the seat by its stored token, and
 * a seat change arrives as a new scenario, snapshot and chat history on the same connection.
 */
import type { GameSnapshot, LiveScenario } from "@threatscape/protocol";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useLiveSession, type LiveSession } from "~/lib/live-session";
import { seatStorage } from "~/lib/seat-storage";
import { BotNotice, botPlaying } from "./bot-notice";
import { ConsoleHeader } from "./console-header";
import styles from "./console.module.css";
import { DemandsPanel } from "./demands-panel";
import { unreadCounts } from "./model";
import { MyStatePanel } from "./my-state-panel";
import { NegotiationPanel } from "./negotiation-panel";
import { NewsPanel } from "./news-panel";
import { OrdersPanel } from "./orders-panel";
import { PanelTabs } from "./panel-tabs";
import { StudentProvider, type StudentContextValue } from "./student-context";
import { StudentLobby } from "./student-lobby";
import { ThreatPanel } from "./threat-panel";
import { TreatyPanel } from "./treaties/treaty-panel";
import { useReadMarks } from "./use-read-marks";

// The map (d3-geo, territories, ~25 KB gzip, plus the atlas it fetches) sits behind a tab: it
// loads after first paint, not in the console's first-load JS.
const CoalitionPanel = dynamic(() => import("./coalition-panel").then((m) => m.CoalitionPanel), {
  loading: () => <p role="status">Loading the map…</p>,
});

type Section = "situation" | "talk" | "act";
const SECTIONS: { id: Section; label: string }[] = [
  { id: "situation", label: "Situation" },
  { id: "talk", label: "Talk" },
  { id: "act", label: "Act" },
];

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className={styles.notice}>
      <section className={styles.noticeCard} aria-labelledby="notice-heading">
        <h1 id="notice-heading">{title}</h1>
        {children}
      </section>
    </main>
  );
}

export function StudentConsole({ joinCode }: { joinCode: string }) {
  const session = useLiveSession({ role: "student", joinCode });
  const router = useRouter();
  const [hasSeat, setHasSeat] = useState<boolean | null>(null);

  useEffect(() => setHasSeat(seatStorage.get(joinCode) !== null), [joinCode]);
  useEffect(() => {
    if (hasSeat === false && !session.joined) router.replace(`/join/${joinCode}`);
  }, [hasSeat, session.joined, joinCode, router]);
  useEffect(() => {
    // Only a ban ends the seat; a seat opened in another browser or an unseating keeps it.
    if (session.kickedCode === "BANNED") seatStorage.clear(joinCode);
  }, [session.kickedCode, joinCode]);

  if (session.kicked) {
    const replaced = session.kickedCode === "REPLACED";
    return (
      <Notice title={replaced ? "Your seat is open in another browser" : "You have left your seat"}>
        <p>{session.kicked.replace(/\.*$/, "")}.</p>
        <p className={styles.muted}>If you think this is a mistake, speak to your instructor.</p>
      </Notice>
    );
  }
  if (session.accessError && !session.joined) {
    return (
      <Notice title="We could not resume your seat">
        <p>
          {session.accessError.charAt(0).toUpperCase() +
            session.accessError.slice(1).replace(/\.*$/, "")}
          .
        </p>
        <p>
          <Link className={styles.noticeLink} href={`/join/${joinCode}`}>
            Join session {joinCode} again
          </Link>
        </p>
      </Notice>
    );
  }
  if (!session.joined || !session.snapshot || !session.scenario) {
    return (
      <Notice title="Connecting to your seat…">
        <p role="status" aria-live="polite">
          <span className={styles.spinner} aria-hidden="true" />
          {session.connection === "reconnecting" || session.connection === "offline"
            ? "The classroom server cannot be reached. Retrying…"
            : "Resuming your place in session " + joinCode + "."}
        </p>
      </Notice>
    );
  }
  return (
    <Console
      session={session}
      snapshot={session.snapshot}
      scenario={session.scenario}
      joinCode={joinCode}
    />
  );
}

function Console({
  session,
  snapshot,
  scenario,
  joinCode,
}: {
  session: LiveSession;
  snapshot: GameSnapshot;
  scenario: LiveScenario;
  joinCode: string;
}) {
  const me = snapshot.you.stateId;
  const { view } = snapshot;
  // A seated student gets its state's view; an unseated one the public view.
  const seated = me !== null && view.viewer.kind === "state";
  const status = snapshot.timing.status;
  const names = useMemo(() => new Map(scenario.states.map((s) => [s.id, s.name])), [scenario]);
  const name = useMemo(() => (id: string) => names.get(id) ?? id, [names]);
  const others = useMemo(
    () =>
      scenario.states
        .filter((s) => s.playable && s.id !== me)
        .map((s) => ({ id: s.id, name: s.name })),
    [scenario, me],
  );
  const { marks, markRead } = useReadMarks(
    session.joined ? `${joinCode}:${session.joined.participantId}` : null,
  );
  const readable = useMemo(() => new Set(session.channels.map((c) => c.id)), [session.channels]);
  const unread = useMemo(() => {
    const counts = unreadCounts(session.messages, marks, me);
    return Object.fromEntries(Object.entries(counts).filter(([c]) => readable.has(c as never)));
  }, [session.messages, marks, me, readable]);
  const unreadTotal = Object.values(unread).reduce((a, b) => a + b, 0);

  const phase = snapshot.timing.phase;
  const [left, setLeft] = useState("threats");
  const [centre, setCentre] = useState("negotiate");
  const [right, setRight] = useState(phase === "orders" ? "orders" : "treaties");
  // Phone: which column shows (the bar at the bottom); ignored by the CSS at wider sizes.
  const [section, setSection] = useState<Section>(phase === "orders" ? "act" : "talk");

  const header = (
    <ConsoleHeader
      snapshot={snapshot}
      clockOffsetMs={session.clockOffsetMs}
      connection={session.connection}
      stateId={me}
      stateName={me ? name(me) : null}
      displayName={session.joined?.displayName ?? ""}
      seatPin={session.joined?.seatPin ?? null}
      submitted={
        seated && status !== "lobby" && status !== "finished" ? Boolean(view.submitted?.[me]) : null
      }
    />
  );

  const negotiation = (visible: boolean) => (
    <NegotiationPanel
      session={session}
      me={me}
      name={name}
      playable={others}
      visible={visible}
      unread={unread}
      markRead={markRead}
    />
  );

  const banner =
    status === "paused" ? (
      <p className={styles.banner} role="status">
        The game is paused{snapshot.timing.pausedReason ? `: ${snapshot.timing.pausedReason}` : ""}.
        The clock resumes with the game.
      </p>
    ) : status === "finished" ? (
      <p className={styles.banner} data-tone="info" role="status">
        The game is over. Your instructor will take you through the debrief; everything here stays
        readable.
      </p>
    ) : phase === "resolution" || phase === "news" ? (
      <p className={styles.banner} data-tone="info" role="status">
        {phase === "resolution"
          ? "The round is being resolved…"
          : "Round resolved: read the news. Negotiation reopens when the timer ends."}
      </p>
    ) : seated && phase === "orders" && !view.submitted?.[me] ? (
      <p className={styles.banner} role="status">
        Orders phase: submit your orders (or “No change”) before the timer runs out.
      </p>
    ) : null;

  if (status === "lobby" || !seated) {
    return (
      <StudentLobby
        session={session}
        snapshot={snapshot}
        scenario={scenario}
        me={me}
        myName={me ? name(me) : null}
        header={header}
        negotiation={negotiation}
        unreadTotal={unreadTotal}
      />
    );
  }

  // While a bot plays the seat the server refuses the students' actions (BOT_PLAYING).
  const bot = botPlaying(snapshot, me);
  const botActions = (snapshot.botActions ?? []).filter((a) => a.stateId === me);
  const context: StudentContextValue = {
    session,
    joinCode,
    me,
    view,
    scenario,
    name,
    others,
    canAct: status === "running" && (phase === "negotiation" || phase === "orders") && !bot,
  };
  const waitingProposals = Object.values(view.proposals).filter(
    (p) => p.status === "open" && !p.ratifiedBy.includes(me),
  ).length;
  const waitingDemands = Object.values(view.demands).filter(
    (d) => d.to === me && d.status === "pending",
  ).length;
  const ordersDue = phase === "orders" && !view.submitted?.[me];

  return (
    <StudentProvider value={context}>
      <div className={styles.shell}>
        {header}
        <div className={styles.body}>
          <div>
            {banner}
            <BotNotice playing={bot} stateName={name(me)} actions={botActions} name={name} />
          </div>
          <main className={styles.grid} data-show={section}>
            <PanelTabs
              visible={section === "situation"}
              label="My state and threats"
              selected={left}
              onSelect={setLeft}
              tabs={[
                { id: "threats", label: "Threats", content: <ThreatPanel /> },
                { id: "state", label: "My state", content: <MyStatePanel /> },
                {
                  id: "news",
                  label: "News",
                  content: <NewsPanel news={view.news} crises={scenario.crises} />,
                },
              ]}
            />
            <PanelTabs
              visible={section === "talk"}
              label="Negotiation and map"
              selected={centre}
              onSelect={setCentre}
              tabs={[
                {
                  id: "negotiate",
                  label: "Negotiate",
                  badge: unreadTotal,
                  badgeLabel: "unread",
                  flush: true,
                  content: negotiation(centre === "negotiate"),
                },
                {
                  id: "map",
                  label: "Coalition map",
                  content: <CoalitionPanel scenario={scenario} view={view} me={me} />,
                },
              ]}
            />
            <PanelTabs
              visible={section === "act"}
              label="Diplomacy and orders"
              selected={right}
              onSelect={setRight}
              tabs={[
                {
                  id: "treaties",
                  label: "Treaties",
                  badge: waitingProposals,
                  badgeLabel: "awaiting you",
                  content: <TreatyPanel />,
                },
                {
                  id: "demands",
                  label: "Demands",
                  badge: waitingDemands,
                  badgeLabel: "awaiting you",
                  content: <DemandsPanel />,
                },
                {
                  id: "orders",
                  label: "Orders",
                  badge: ordersDue ? 1 : 0,
                  badgeLabel: "due",
                  content: <OrdersPanel />,
                },
              ]}
            />
          </main>
        </div>
        <nav className={styles.sectionNav} aria-label="Console sections">
          {SECTIONS.map((s) => {
            const badge =
              s.id === "talk"
                ? unreadTotal
                : s.id === "act"
                  ? waitingProposals + waitingDemands + (ordersDue ? 1 : 0)
                  : 0;
            return (
              <button
                key={s.id}
                type="button"
                className={styles.sectionButton}
                aria-pressed={section === s.id}
                onClick={() => {
                  setSection(s.id);
                  window.scrollTo({ top: 0 });
                }}
              >
                {s.label}
                {badge ? (
                  <span className={styles.count}>
                    {badge}
                    <span className={styles.visuallyHidden}> waiting</span>
                  </span>
                ) : null}
              </button>
            );
          })}
        </nav>
      </div>
    </StudentProvider>
  );
}

"use client";
/**
 * The live console for a joined student: the header, the alerts (toasts, the News badge, the
 * optional beep, one aria-live line), the status banner and the seat's panels, or the lobby
 * before the start. It builds the seat context from the live session (`act` sends to the
 * server); the panels themselves are `SeatPanels`, which the replay also draws.
 */
import type { GameSnapshot, LiveScenario } from "@threatscape/protocol";
import { useEffect, useMemo, useState } from "react";
import type { LiveSession } from "~/lib/live-session";
import { AlertToasts } from "./alert-toasts";
import { BotNotice, botPlaying } from "./bot-notice";
import { ConsoleHeader } from "./console-header";
import styles from "./console.module.css";
import { unreadCounts } from "./model";
import { NegotiationPanel } from "./negotiation-panel";
import { ordersChip } from "./round-status";
import { SeatPanels, type Section } from "./seat-panels";
import { StatusBanner } from "./status-banner";
import { StudentProvider, type StudentContextValue } from "./student-context";
import { StudentLobby } from "./student-lobby";
import { useAlerts } from "./use-alerts";
import { useReadMarks } from "./use-read-marks";

/** True while the window is phone-sized (one section at a time). */
function usePhone(): boolean {
  const [phone, setPhone] = useState(false);
  useEffect(() => {
    const query = window.matchMedia("(max-width: 700px)");
    const update = () => setPhone(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return phone;
}

export function LiveConsole({
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
  const phase = snapshot.timing.phase;
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

  const [left, setLeft] = useState("threats");
  // Phone: which column shows (the bar at the bottom); ignored by the CSS at wider sizes.
  const [section, setSection] = useState<Section>(phase === "orders" ? "act" : "talk");
  const phone = usePhone();
  const alerts = useAlerts(snapshot, left === "news" && (!phone || section === "situation"));
  const submitted = seated ? Boolean(view.submitted?.[me]) : false;
  const chip = ordersChip(snapshot.timing, seated, submitted);

  const header = (
    <ConsoleHeader
      snapshot={snapshot}
      clockOffsetMs={session.clockOffsetMs}
      connection={session.connection}
      stateId={me}
      stateName={me ? name(me) : null}
      displayName={session.joined?.displayName ?? ""}
      seatPin={session.joined?.seatPin ?? null}
      submitted={chip === null ? null : chip === "submitted"}
      sound={status === "lobby" ? undefined : { on: alerts.soundOn, toggle: alerts.toggleSound }}
    >
      {seated && status !== "lobby" ? (
        <AlertToasts
          toasts={alerts.toasts}
          announcement={alerts.announcement}
          dismiss={alerts.dismiss}
          onOpenNews={() => {
            setLeft("news");
            setSection("situation");
            window.scrollTo({ top: 0 });
          }}
        />
      ) : null}
    </ConsoleHeader>
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
    joinCode,
    me,
    view,
    scenario,
    name,
    others,
    act: session.act,
    gameOver: status === "finished" || phase === "ended",
    canAct: status === "running" && (phase === "negotiation" || phase === "orders") && !bot,
  };

  return (
    <StudentProvider value={context}>
      <div className={styles.shell}>
        {header}
        <div className={styles.body}>
          <div>
            <StatusBanner snapshot={snapshot} ordersDue={chip === "due"} />
            <BotNotice playing={bot} stateName={name(me)} actions={botActions} name={name} />
          </div>
          <SeatPanels
            talk={negotiation(true)}
            unreadTotal={unreadTotal}
            unseenNews={alerts.unseenNews}
            section={section}
            onSection={setSection}
            left={left}
            onLeft={setLeft}
          />
        </div>
      </div>
    </StudentProvider>
  );
}

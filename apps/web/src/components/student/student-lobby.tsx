"use client";
// Before the game (or while a student has no state): the seats to pick from, the chat and
// the scenario's summary, under the same header as the console.
import type { GameSnapshot, LiveScenario } from "@threatscape/protocol";
import { useState, type ReactNode } from "react";
import type { LiveSession } from "~/lib/live-session";
import layoutStyles from "./console.module.css";
import panelStyles from "./panel.module.css";
import { PanelTabs } from "./panel-tabs";
import { SeatList } from "./seat-list";

export function StudentLobby({
  session,
  snapshot,
  scenario,
  me,
  myName,
  header,
  negotiation,
  unreadTotal,
}: {
  session: LiveSession;
  snapshot: GameSnapshot;
  scenario: LiveScenario;
  me: string | null;
  myName: string | null;
  header: ReactNode;
  negotiation: (visible: boolean) => ReactNode;
  unreadTotal: number;
}) {
  const [tab, setTab] = useState("chat");
  const inLobby = snapshot.timing.status === "lobby";
  return (
    <div className={layoutStyles.shell}>
      {header}
      <div className={layoutStyles.body}>
        {!inLobby ? (
          <p className={layoutStyles.banner} role="status">
            The game has started and you have no state yet: you see what the class sees until the
            instructor places you. Had a seat on another device? Open the join link and use your
            seat PIN.
          </p>
        ) : (
          <p className={layoutStyles.banner} data-tone="info" role="status">
            {me
              ? `You are ${myName ?? me}. Waiting for the instructor to start the game; you can still change state.`
              : "Pick a state, or wait for the instructor to assign you one. The game starts when the instructor is ready."}
          </p>
        )}
        <div className={layoutStyles.lobbyGrid}>
          <section className={layoutStyles.column} aria-label="Seats">
            <div className={layoutStyles.tabPanel}>
              <SeatList snapshot={snapshot} session={session} me={me} canPick={inLobby} />
            </div>
          </section>
          <PanelTabs
            label="While you wait"
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: "chat",
                label: "Negotiate",
                badge: unreadTotal,
                badgeLabel: "unread",
                flush: true,
                content: negotiation(tab === "chat"),
              },
              {
                id: "scenario",
                label: "Scenario",
                content: (
                  <div>
                    <h2 className={panelStyles.panelTitle}>
                      {scenario.name} ({scenario.year})
                    </h2>
                    <p>{scenario.summary}</p>
                    <p className={`${panelStyles.small} ${panelStyles.muted}`}>
                      {scenario.rules.rounds} rounds ·{" "}
                      {scenario.rules.allowForce ? "force allowed" : "no use of force"}
                      {scenario.rules.allowTribute ? " · tribute demands allowed" : ""}
                    </p>
                  </div>
                ),
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}

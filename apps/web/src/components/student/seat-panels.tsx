"use client";
/**
 * The seat's dashboard: three columns of tabbed panels (Situation, Talk, Act), one at a time
 * on a phone with the section bar at the bottom. Everything reads the seat context, so the
 * same panels draw the live console and, read-only, the review's replay of a logged view.
 */
import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import layoutStyles from "./console.module.css";
import panelStyles from "./panel.module.css";
import { DemandsPanel } from "./demands-panel";
import { MyStatePanel } from "./my-state-panel";
import { NewsPanel } from "./news-panel";
import { OrdersPanel } from "./orders-panel";
import { PanelTabs } from "./panel-tabs";
import { useStudent } from "./student-context";
import { ThreatPanel } from "./threat-panel";
import { TreatyPanel } from "./treaties/treaty-panel";
import { VisuallyHidden } from "~/components/ui";

// The map (d3-geo, territories, ~25 KB gzip, plus the atlas it fetches) sits behind a tab: it
// loads after first paint, not in the console's first-load JS.
const CoalitionPanel = dynamic(() => import("./coalition-panel").then((m) => m.CoalitionPanel), {
  loading: () => <p role="status">Loading the map…</p>,
});

export type Section = "situation" | "talk" | "act";
const SECTIONS: { id: Section; label: string }[] = [
  { id: "situation", label: "Situation" },
  { id: "talk", label: "Talk" },
  { id: "act", label: "Act" },
];

export function SeatPanels({
  talk,
  unreadTotal = 0,
  unseenNews = 0,
  section,
  onSection,
  left,
  onLeft,
  crises,
}: {
  /** The Talk column's first tab (the live chat, or the replay's messages). */
  talk: ReactNode;
  unreadTotal?: number;
  unseenNews?: number;
  section: Section;
  onSection: (s: Section) => void;
  /** The Situation column's tab (lifted: an alert opens News). */
  left: string;
  onLeft: (id: string) => void;
  crises?: { id: string; headline: string; description: string }[];
}) {
  const { view, me, scenario, gameOver } = useStudent();
  const phase = view.phase;
  const [centre, setCentre] = useState("negotiate");
  const [right, setRight] = useState(phase === "orders" ? "orders" : "treaties");
  const waitingProposals = Object.values(view.proposals).filter(
    (p) => p.status === "open" && !p.ratifiedBy.includes(me),
  ).length;
  const waitingDemands = Object.values(view.demands).filter(
    (d) => d.to === me && d.status === "pending",
  ).length;
  const ordersDue = phase === "orders" && !view.submitted?.[me];
  const badges: Record<Section, number> = {
    situation: unseenNews,
    talk: unreadTotal,
    // Once the game is over nothing waits for this state: no stale "Act 1".
    act: gameOver ? 0 : waitingProposals + waitingDemands + (ordersDue ? 1 : 0),
  };

  return (
    <>
      <main className={layoutStyles.grid} data-show={section}>
        <PanelTabs
          visible={section === "situation"}
          label="My state and threats"
          selected={left}
          onSelect={onLeft}
          tabs={[
            { id: "threats", label: "Threats", content: <ThreatPanel /> },
            { id: "state", label: "My state", content: <MyStatePanel /> },
            {
              id: "news",
              label: "News",
              badge: unseenNews,
              badgeLabel: "new",
              badgeTone: "accent",
              content: <NewsPanel news={view.news} crises={crises ?? scenario.crises} />,
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
              content: talk,
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
      <nav className={layoutStyles.sectionNav} aria-label="Console sections">
        {SECTIONS.map((s) => (
          <button
            key={s.id}
            type="button"
            className={layoutStyles.sectionButton}
            aria-pressed={section === s.id}
            onClick={() => {
              onSection(s.id);
              window.scrollTo({ top: 0 });
            }}
          >
            {s.label}
            {badges[s.id] ? (
              <span className={panelStyles.count}>
                {badges[s.id]}
                <VisuallyHidden> {s.id === "situation" ? "new in News" : "waiting"}</VisuallyHidden>
              </span>
            ) : null}
          </button>
        ))}
      </nav>
    </>
  );
}

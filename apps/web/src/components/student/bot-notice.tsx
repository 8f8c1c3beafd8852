"use client";
// Issue 12, defect 8: a student is told when a bot plays their state, and sees what bots did
// in their state's name. The rule (enforced by the server): while a bot plays the seat the
// student's controls are locked; the instructor hands the seat back (or, for a dropout
// stand-in, the student's return does).
import type { BotActionRecord, GameSnapshot } from "@threatscape/protocol";
import styles from "./console.module.css";

/** The bot policy playing `stateId` now, or null (read from the lobby block of the snapshot). */
export function botPlaying(snapshot: GameSnapshot, stateId: string | null): string | null {
  if (!stateId) return null;
  return snapshot.lobby.find((seat) => seat.stateId === stateId)?.bot ?? null;
}

const ORDER_WORDS: Record<string, string> = {
  "set-burden": "set the defence burden",
  "set-posture": "set the posture",
  mobilise: "mobilise",
  demobilise: "demobilise",
  sanction: "sanction",
  embargo: "embargo",
  "lift-sanctions": "lift sanctions on",
  tariff: "raise tariffs on",
  aid: "send aid to",
  threaten: "threaten",
  criticise: "criticise",
  "joint-exercise": "hold a joint exercise with",
  "seize-assets": "seize the assets of",
  attack: "attack",
};

/** One line a student can read: what the bot did, e.g. "Submitted orders: sanction China". */
export function describeBotAction(
  action: Record<string, unknown>,
  name: (id: string) => string,
): string {
  const target = typeof action.target === "string" ? name(action.target) : null;
  const order = (o: Record<string, unknown>) => {
    const words = ORDER_WORDS[String(o.type)] ?? String(o.type);
    const t = typeof o.target === "string" ? ` ${name(o.target)}` : "";
    return `${words}${t}`;
  };
  switch (action.type) {
    case "submit-orders": {
      const orders = Array.isArray(action.orders)
        ? (action.orders as Record<string, unknown>[])
        : [];
      return orders.length === 0
        ? "Submitted orders: no change"
        : `Submitted orders: ${orders.map(order).join("; ")}`;
    }
    case "no-change":
      return "Submitted orders: no change";
    case "propose-treaty":
      return "Proposed a treaty";
    case "accept-treaty":
      return "Accepted a treaty proposal";
    case "reject-treaty":
      return "Rejected a treaty proposal";
    case "demand":
      return `Made a demand of ${target ?? "another state"}`;
    case "accept-demand":
      return "Accepted a demand";
    case "refuse-demand":
      return "Refused a demand";
    default:
      return ORDER_WORDS[String(action.type)]
        ? `Ordered: ${order(action)}`
        : String(action.type).replace(/-/g, " ");
  }
}

export function BotNotice({
  playing,
  stateName,
  actions,
  name,
}: {
  playing: string | null;
  stateName: string;
  actions: readonly BotActionRecord[];
  name: (id: string) => string;
}) {
  if (!playing && actions.length === 0) return null;
  return (
    <section className={styles.banner} data-tone="info" aria-label="Bot notices">
      {playing && (
        <p role="status">
          <strong>A bot is playing {stateName} for now.</strong> Your controls are locked while it
          plays; the seat comes back to you when your instructor hands it back (or when you
          reconnect, if it stood in while you were away).
        </p>
      )}
      {actions.length > 0 && (
        <details open={Boolean(playing)}>
          <summary>What the bot did for {stateName}</summary>
          <ul aria-label={`What the bot did for ${stateName}`}>
            {actions.map((a, i) => (
              <li key={i}>
                Round {a.round}, {a.phase}: {describeBotAction(a.action, name)} ({a.policy} bot)
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

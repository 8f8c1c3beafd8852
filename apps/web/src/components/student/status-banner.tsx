import type { GameSnapshot } from "@threatscape/protocol";
import styles from "./console.module.css";
import { roundLabel } from "~/lib/round-label";

/** The one-line banner under the header: paused, over, resolving, results, or orders due. */
export function StatusBanner({
  snapshot,
  ordersDue,
}: {
  snapshot: GameSnapshot;
  ordersDue: boolean;
}) {
  const { status, phase } = snapshot.timing;
  if (status === "paused")
    return (
      <p className={styles.banner} role="status">
        The game is paused
        {snapshot.timing.pausedReason ? `: ${snapshot.timing.pausedReason}` : ""}. The clock resumes
        with the game.
      </p>
    );
  if (status === "finished")
    return (
      <p className={styles.banner} data-tone="info" role="status">
        The game is over ({roundLabel(snapshot.timing).phase.toLowerCase()}). Your instructor will
        take you through the debrief; everything here stays readable.
      </p>
    );
  if (phase === "resolution")
    return (
      <p className={styles.banner} data-tone="info" role="status">
        The round is being resolved…
      </p>
    );
  if (phase === "news")
    return (
      <p className={styles.banner} data-tone="info" role="status">
        Round {roundLabel(snapshot.timing).resultsRound} resolved: read the results in News.
        Negotiation reopens when the timer ends.
      </p>
    );
  if (ordersDue)
    return (
      <p className={styles.banner} role="status">
        Orders phase: submit your orders (or “No change”) before the timer runs out.
      </p>
    );
  return null;
}

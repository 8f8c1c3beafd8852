"use client";
/**
 * A state's point of view in the replay, drawn by the student's own panels (SeatPanels)
 * from the logged view, read-only: the seat context has no `act`, so every control is
 * disabled and nothing can be sent. The Talk column shows the messages that state could
 * read; the classification at resolution is the reviewer's addition below.
 */
import { useMemo, useState } from "react";
import studentStyles from "~/components/student/console.module.css";
import { SeatPanels, type Section } from "~/components/student/seat-panels";
import { StudentProvider, type StudentContextValue } from "~/components/student/student-context";
import { describePair } from "./analysis";
import { MessagesPanel } from "./replay-messages";
import type { ReplayData } from "./types";
import styles from "./review.module.css";

export function ReplaySeat({
  data,
  viewer,
  gameId,
  names,
  player,
}: {
  data: ReplayData;
  viewer: string;
  gameId: string;
  names: Map<string, string>;
  /** Who played the state at that moment, from `viewerWords`: "the bot (walt) playing Vietnam". */
  player: string;
}) {
  const [section, setSection] = useState<Section>("situation");
  const [left, setLeft] = useState("threats");
  const { view } = data;
  const context = useMemo<StudentContextValue>(() => {
    const name = (id: string) => names.get(id) ?? id;
    return {
      joinCode: `replay:${gameId}`,
      me: viewer,
      view,
      scenario: view.scenario,
      name,
      others: view.scenario.states
        .filter((s) => s.playable && s.id !== viewer)
        .map((s) => ({ id: s.id, name: s.name })),
      canAct: false,
      readOnly: true,
    };
  }, [view, viewer, gameId, names]);
  const record = view.rounds.find((r) => r.round === data.round) ?? view.rounds.at(-1);
  const classified = record?.actual?.[viewer];
  return (
    <section className={styles.section} aria-labelledby="view-heading">
      <h3 id="view-heading">
        {names.get(viewer) ?? viewer}&apos;s screen at round {data.round}, {data.phase}
      </h3>
      <p className={styles.small}>
        The student console&apos;s panels, drawn from the view the server sent {player} at that
        moment; read-only.
      </p>
      {classified ? (
        <p className={styles.small}>Classified at resolution: {describePair(classified)}</p>
      ) : null}
      <StudentProvider value={context}>
        <div className={studentStyles.replayFrame}>
          <SeatPanels
            talk={<MessagesPanel data={data} viewer={viewer} />}
            section={section}
            onSection={setSection}
            left={left}
            onLeft={setLeft}
          />
        </div>
      </StudentProvider>
    </section>
  );
}

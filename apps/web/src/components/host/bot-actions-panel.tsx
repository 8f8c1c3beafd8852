"use client";
// What bots did in students' names (stand-ins), the last twelve, so the instructor can tell
// the class; states without students are left out (their bots are the scenario's).
import type { GameSnapshot } from "@threatscape/protocol";
import { Panel } from "~/components/ui";
import { describeBotAction } from "~/components/student/bot-notice";

export function BotActionsPanel({
  snapshot,
  names,
}: {
  snapshot: Pick<GameSnapshot, "botActions" | "lobby">;
  names: ReadonlyMap<string, string>;
}) {
  const forStudents = (snapshot.botActions ?? []).filter((a) =>
    snapshot.lobby.some((s) => s.stateId === a.stateId && s.participants.length > 0),
  );
  if (forStudents.length === 0) return null;
  return (
    <Panel title="What bots did for students">
      <ul aria-label="What bots did for students">
        {forStudents.slice(-12).map((a, i) => (
          <li key={i}>
            {names.get(a.stateId) ?? a.stateId}, round {a.round} {a.phase}:{" "}
            {describeBotAction(a.action, (id) => names.get(id) ?? id)} ({a.policy})
          </li>
        ))}
      </ul>
    </Panel>
  );
}

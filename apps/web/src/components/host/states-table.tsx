"use client";
// One row per state: who sits there (and whether they are online), orders in, messages,
// the bot flag, and the seat controls (move or remove a student, replace with / remove a bot).
import type { LobbySeat } from "@threatscape/protocol";
import type { ReactNode } from "react";
import { Button, ConfirmButton, Panel, Pill, controlClass } from "~/components/ui";
import type { DashboardSummary, StateRow } from "./format";
import { SeatPinButton } from "./seat-pin-button";
import type { CommandRunner } from "./use-command-runner";
import consoleStyles from "./console.module.css";
import styles from "./states-table.module.css";

export type BotPolicy = "walt" | "waltz" | "random" | "hawk";

export const BOT_POLICIES: { value: BotPolicy; label: string }[] = [
  { value: "walt", label: "Balance of threat (Walt)" },
  { value: "waltz", label: "Balance of power (Waltz)" },
  { value: "hawk", label: "Hawk" },
  { value: "random", label: "Random" },
];

export function MoveSelect({
  participant,
  currentStateId,
  seats,
  runner,
}: {
  participant: { id: string; displayName: string };
  currentStateId: string | null;
  seats: readonly LobbySeat[];
  runner: CommandRunner;
}) {
  return (
    <select
      className={`${controlClass} ${consoleStyles.inlineSelect}`}
      aria-label={`Seat ${participant.displayName} at`}
      value=""
      disabled={runner.pending !== null}
      onChange={(event) => {
        const value = event.target.value;
        if (!value) return;
        void runner.run(`Move ${participant.displayName}`, {
          command: "assign",
          participantId: participant.id,
          stateId: value === "__none" ? null : value,
        });
      }}
    >
      <option value="">{currentStateId ? "Move to…" : "Seat at…"}</option>
      {seats
        .filter((seat) => seat.playable && seat.stateId !== currentStateId)
        .map((seat) => (
          <option key={seat.stateId} value={seat.stateId}>
            {seat.name}
            {seat.participants.length > 0 ? ` (${seat.participants.length})` : ""}
          </option>
        ))}
      {currentStateId && <option value="__none">Unseat (no state)</option>}
    </select>
  );
}

export function KickButton({
  participant,
  runner,
}: {
  participant: { id: string; displayName: string };
  runner: CommandRunner;
}) {
  return (
    <ConfirmButton
      size="small"
      variant="ghost"
      aria-label={`Remove student: ${participant.displayName}`}
      title={`Remove ${participant.displayName} from the session?`}
      description="A ban: they are disconnected, their rejoin link and seat PIN stop working, and a bot takes their state under the bot policy. To only take a seat away, choose “Unseat (no state)” in their Move menu instead."
      confirmLabel="Remove"
      disabled={runner.pending !== null}
      onConfirm={() =>
        runner
          .run(`Remove ${participant.displayName}`, {
            command: "kick",
            participantId: participant.id,
          })
          .then(() => undefined)
      }
    >
      Remove
    </ConfirmButton>
  );
}

function BotCell({
  row,
  runner,
  policy,
}: {
  row: StateRow;
  runner: CommandRunner;
  policy: BotPolicy;
}) {
  if (!row.playable) return <span className="muted">not played</span>;
  return row.bot ? (
    <div className={styles.cellRow}>
      <Pill
        tone="bot"
        title={`A ${row.bot} bot plays ${row.name}${row.students.length ? " as a stand-in" : ""}`}
      >
        Bot · {row.bot}
      </Pill>
      <Button
        size="small"
        variant="ghost"
        aria-label={`Remove bot: ${row.name}`}
        disabled={runner.pending !== null}
        onClick={() =>
          void runner.run(`Remove bot from ${row.name}`, {
            command: "set-bot",
            stateId: row.stateId,
            policy: null,
          })
        }
      >
        Remove bot
      </Button>
    </div>
  ) : (
    <Button
      size="small"
      aria-label={`${row.students.length ? "Replace with bot" : "Add bot"}: ${row.name}`}
      disabled={runner.pending !== null}
      onClick={() =>
        void runner.run(`Bot for ${row.name}`, { command: "set-bot", stateId: row.stateId, policy })
      }
    >
      {row.students.length ? "Replace with bot" : "Add bot"}
    </Button>
  );
}

export function StatesTable({
  summary,
  seats,
  runner,
  botPolicy,
  inGame,
  ordersDue = false,
  finished = false,
  actions,
}: {
  summary: DashboardSummary;
  seats: readonly LobbySeat[];
  runner: CommandRunner;
  botPolicy: BotPolicy;
  inGame: boolean;
  /** The orders phase: a state that has not submitted is holding the class up. */
  ordersDue?: boolean;
  /** The game is over: no "orders in" count (nothing is due any more). */
  finished?: boolean;
  actions?: ReactNode;
}) {
  const rows = summary.rows.filter((r) => r.playable);
  const others = summary.rows.filter((r) => !r.playable);
  return (
    <Panel
      title={inGame ? "States" : "Seats"}
      meta={
        inGame && finished
          ? `Game over · ${summary.connectedStudents} of ${summary.students} students online`
          : inGame
            ? `${summary.submitted} of ${summary.expectedOrders} orders in · ${summary.connectedStudents} of ${summary.students} students online`
            : `${summary.seated} of ${summary.playable} states taken · ${summary.students} students`
      }
      actions={actions}
    >
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Students</th>
              {inGame && <th scope="col">Orders</th>}
              {inGame && (
                <th scope="col" className={styles.num}>
                  <abbr title="Messages sent">Msgs</abbr>
                </th>
              )}
              <th scope="col">Bot</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stateId} data-empty={row.students.length === 0 && !row.bot}>
                <th scope="row">
                  <span className={styles.stateName}>{row.name}</span>
                  <span className={styles.stateId}>{row.stateId}</span>
                </th>
                <td>
                  {row.students.length === 0 ? (
                    <span className="muted">{row.bot ? "bot only" : "empty"}</span>
                  ) : (
                    <ul className={consoleStyles.people}>
                      {row.students.map((p) => (
                        <li key={p.id}>
                          <span
                            className={styles.dot}
                            data-online={p.connected}
                            role="img"
                            aria-label={p.connected ? "online" : "offline"}
                          />
                          <bdi className={styles.personName}>{p.displayName}</bdi>
                          <MoveSelect
                            participant={p}
                            currentStateId={row.stateId}
                            seats={seats}
                            runner={runner}
                          />
                          <SeatPinButton participant={p} runner={runner} />
                          <KickButton participant={p} runner={runner} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                {inGame && (
                  <td>
                    {(row.students.length === 0 && !row.bot) || finished ? (
                      <span className="muted">—</span>
                    ) : row.submitted ? (
                      <Pill tone="ok">Submitted</Pill>
                    ) : ordersDue ? (
                      <Pill tone="warn">Waiting</Pill>
                    ) : (
                      <span className="muted">not yet</span>
                    )}
                  </td>
                )}
                {inGame && <td className={styles.num}>{row.messages}</td>}
                <td>
                  <BotCell row={row} runner={runner} policy={botPolicy} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others.length > 0 && (
        <p className={styles.footnote}>
          On the map but not played: {others.map((r) => r.name).join(", ")}.
        </p>
      )}
    </Panel>
  );
}

export function UnseatedPanel({
  unseated,
  seats,
  runner,
}: {
  unseated: readonly { id: string; displayName: string; connected: boolean }[];
  seats: readonly LobbySeat[];
  runner: CommandRunner;
}) {
  return (
    <Panel
      title="Waiting for a state"
      meta={unseated.length === 0 ? "nobody" : `${unseated.length}`}
    >
      {unseated.length === 0 ? (
        <p className={consoleStyles.empty}>
          Students who join without picking a state appear here, so you can seat them.
        </p>
      ) : (
        <ul className={consoleStyles.people}>
          {unseated.map((p) => (
            <li key={p.id}>
              <span
                className={styles.dot}
                data-online={p.connected}
                role="img"
                aria-label={p.connected ? "online" : "offline"}
              />
              <bdi className={styles.personName}>{p.displayName}</bdi>
              <MoveSelect participant={p} currentStateId={null} seats={seats} runner={runner} />
              <KickButton participant={p} runner={runner} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

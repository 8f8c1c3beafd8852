"use client";
// The lobby's start card: who is in, how many seats bots will fill, and the start button.
import type { ReactNode } from "react";
import { Button, Panel } from "~/components/ui";
import { plural, type DashboardSummary } from "./format";
import type { BotPolicy } from "./states-table";
import type { CommandRunner } from "./use-command-runner";
import styles from "./start-panel.module.css";

export function StartPanel({
  summary,
  empty,
  names,
  runner,
  botPolicy,
  botPolicySelect,
}: {
  summary: DashboardSummary;
  /** Playable seats with neither students nor a bot. */
  empty: readonly string[];
  names: ReadonlyMap<string, string>;
  runner: CommandRunner;
  botPolicy: BotPolicy;
  botPolicySelect: ReactNode;
}) {
  return (
    <Panel title="Start the game">
      <dl className={styles.startFacts}>
        <div>
          <dt>Students</dt>
          <dd>{summary.students}</dd>
        </div>
        <div>
          <dt>States taken</dt>
          <dd>
            {summary.seated} / {summary.playable}
          </dd>
        </div>
        <div>
          <dt>Empty seats</dt>
          <dd>{summary.emptySeats}</dd>
        </div>
      </dl>
      <p className={styles.startNote}>
        {summary.emptySeats === 0
          ? "Every playable state is taken."
          : `${plural(summary.emptySeats, "empty state")} will be played by bots of the type below. Bots are flagged in every export.`}
      </p>
      <div className={styles.startRow}>
        {botPolicySelect}
        <Button
          size="small"
          disabled={empty.length === 0 || runner.pending !== null}
          onClick={async () => {
            for (const stateId of empty) {
              const ok = await runner.run(`Bot for ${names.get(stateId) ?? stateId}`, {
                command: "set-bot",
                stateId,
                policy: botPolicy,
              });
              if (!ok) break;
            }
          }}
        >
          Fill empty seats with bots now
        </Button>
      </div>
      <Button
        variant="primary"
        size="large"
        className={styles.startButton}
        disabled={runner.pending !== null}
        onClick={() => void runner.run("Start game", { command: "start", fillWithBots: botPolicy })}
      >
        Start game
      </Button>
    </Panel>
  );
}

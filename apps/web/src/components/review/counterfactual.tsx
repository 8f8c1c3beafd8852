"use client";
// "Fork from round 3 with theory-driven bots": replay the game to the opening of a round,
// let bots play every state from there, and set each fork's outcome beside the real game.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { fixed, percent } from "./analysis";
import type { BotPolicy, DebriefData } from "./types";
import { buttonClass } from "~/components/ui";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";

const policies: { id: BotPolicy; label: string }[] = [
  { id: "walt", label: "Walt (balance of threat)" },
  { id: "waltz", label: "Waltz (balance of power)" },
  { id: "random", label: "Random" },
  { id: "hawk", label: "Hawk" },
];

const policyLabel = (id: string) => policies.find((p) => p.id === id)?.label ?? id;

interface Outcome {
  title: string;
  subtitle: string;
  accuracy: { balanceOfThreat: number; balanceOfPower: number; baseline: number };
  finalBlocs: string[][];
  scores: Record<string, number>;
  real?: boolean;
}

function OutcomeCard({
  outcome,
  real,
  humanStates,
}: {
  outcome: Outcome;
  real: Outcome;
  humanStates: string[];
}) {
  const scored = Object.keys(real.scores).filter((id) => humanStates.includes(id));
  const shown = scored.length ? scored : Object.keys(real.scores).slice(0, 4);
  return (
    <article className={analysisStyles.forkCard} data-real={outcome.real ? "true" : undefined}>
      <h4>{outcome.title}</h4>
      <p className={styles.small}>{outcome.subtitle}</p>
      <dl>
        <dt>BoT accuracy</dt>
        <dd>{percent(outcome.accuracy.balanceOfThreat)}</dd>
        <dt>BoP accuracy</dt>
        <dd>{percent(outcome.accuracy.balanceOfPower)}</dd>
        <dt>Baseline</dt>
        <dd>{percent(outcome.accuracy.baseline)}</dd>
        <dt>Final blocs</dt>
        <dd>
          {outcome.finalBlocs.length
            ? outcome.finalBlocs.map((b) => b.join("–")).join("; ")
            : "none"}
        </dd>
        {shown.map((id) => {
          const score = outcome.scores[id];
          const delta =
            score !== undefined && real.scores[id] !== undefined ? score - real.scores[id] : null;
          return [
            <dt key={`${id}-t`}>{id} score</dt>,
            <dd key={`${id}-d`}>
              {fixed(score, 1)}
              {!outcome.real && delta !== null
                ? ` (${delta >= 0 ? "+" : "−"}${Math.abs(delta).toFixed(1)} vs real)`
                : ""}
            </dd>,
          ];
        })}
      </dl>
    </article>
  );
}

export function Counterfactual({ debrief, secret }: { debrief: DebriefData; secret: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fork = useMutation(
    trpc.review.fork.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.review.debrief.queryKey() }),
    }),
  );
  const maxRound = Math.max(1, debrief.report.rounds.length);
  const [fromRound, setFromRound] = useState(Math.min(2, maxRound));
  const [policy, setPolicy] = useState<BotPolicy>("walt");
  const roundId = useId();
  const policyId = useId();
  const { report } = debrief;
  const last = report.rounds.at(-1);
  const real: Outcome = {
    title: "What the class did",
    subtitle: `${report.rounds.length} scored round${report.rounds.length === 1 ? "" : "s"}${debrief.status === "live" ? " so far" : ""}`,
    accuracy: report.debrief.accuracy,
    finalBlocs: report.debrief.blocs.final.filter((b) => b.length > 1),
    scores: last?.scores ?? {},
    real: true,
  };
  const forks: Outcome[] = [...debrief.forks].reverse().map((f) => ({
    title: `Fork from round ${f.fromRound}: ${policyLabel(f.policy)}`,
    subtitle: `Bots played every state from round ${f.fromRound} (${f.rounds} rounds in all); run ${new Date(f.createdAt).toLocaleString()}`,
    accuracy: f.accuracy,
    finalBlocs: f.finalBlocs,
    scores: f.scores,
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    fork.mutate({ gameId: debrief.gameId, secret, fromRound, policy });
  };
  return (
    <section className={styles.section} aria-labelledby="fork-heading">
      <h3 id="fork-heading">Counterfactual: what if bots had played on?</h3>
      <p className={styles.lede}>
        Replays the game exactly to the opening of a round (predictions logged, nobody moved), then
        hands every state to a bot policy and plays to the end with the same engine. The fork is
        recorded in the game log; the real game is untouched.
      </p>
      <form className={styles.formRow} onSubmit={submit}>
        <label className={styles.field} htmlFor={roundId}>
          <span>From round</span>
          <select
            id={roundId}
            className={styles.select}
            value={fromRound}
            onChange={(e) => setFromRound(Number(e.target.value))}
          >
            {Array.from({ length: maxRound }, (_, i) => i + 1).map((r) => (
              <option key={r} value={r}>
                Round {r}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field} htmlFor={policyId}>
          <span>Bot policy</span>
          <select
            id={policyId}
            className={styles.select}
            value={policy}
            onChange={(e) => setPolicy(e.target.value as BotPolicy)}
          >
            {policies.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("primary")} disabled={fork.isPending}>
          {fork.isPending ? "Running…" : "Run counterfactual"}
        </button>
        <span role="status" className={styles.small}>
          {fork.isPending
            ? "Playing the remaining rounds…"
            : fork.isSuccess
              ? "Done: the new fork is shown first."
              : ""}
        </span>
      </form>
      {fork.isError ? (
        <p role="alert" className={styles.error}>
          {fork.error.message}
        </p>
      ) : null}
      <div className={analysisStyles.forkGrid}>
        <OutcomeCard outcome={real} real={real} humanStates={debrief.humanStates} />
        {forks.map((f, i) => (
          <OutcomeCard
            key={`${f.title}-${i}`}
            outcome={f}
            real={real}
            humanStates={debrief.humanStates}
          />
        ))}
      </div>
      {forks.length === 0 ? (
        <p className={styles.small}>No counterfactual has been run for this game yet.</p>
      ) : null}
    </section>
  );
}

"use client";
// The collective-action problem made visible: did states that shared a threat with many
// others balance later (buck-passing), and did the small members of a bloc carry less of
// its defence burden (free-riding)?
import { blocNumbers } from "@threatscape/engine";
import { useMemo } from "react";
import { fixed, percent } from "./analysis";
import { finalBlocs } from "./bloc-timeline";
import { LabelledScatter } from "./lazy-charts";
import type { Report } from "./types";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";
import { TableFrame } from "./table-frame";
import tableStyles from "./tables.module.css";

function correlationReading(r: number | null, positive: string, negative: string): string {
  if (r === null) return "Too few points (or no variation) for a correlation.";
  const strength = Math.abs(r) >= 0.5 ? "strong" : Math.abs(r) >= 0.3 ? "moderate" : "weak";
  return `Pearson r = ${fixed(r)}: a ${strength} ${r >= 0 ? "positive" : "negative"} relation (${r >= 0 ? positive : negative}). With this few states it is descriptive, not a test.`;
}

export function BalancingLag({ report, names }: { report: Report; names: Map<string, string> }) {
  const lag = report.debrief.balancingLag;
  const points = lag.points
    .filter((p) => p.lag !== null)
    .map((p) => ({ x: p.sharing, y: p.lag!, label: p.state }));
  return (
    <section className={styles.section} aria-labelledby="lag-heading">
      <h3 id="lag-heading">Balancing lag</h3>
      <p className={styles.lede}>
        Rounds between a state first facing a threat of T* ≥ 20 and its first balancing move,
        against how many states shared that primary threat. Collective-action theory expects longer
        lags when more states could pay the cost instead.
      </p>
      {lag.points.length === 0 ? (
        <p className={styles.muted}>
          No state has yet faced a threat above the soft-balancing threshold.
        </p>
      ) : (
        <>
          <LabelledScatter
            points={points}
            xLabel="States sharing the threat"
            yLabel="Lag (rounds)"
          />
          <p>
            {correlationReading(
              lag.correlation,
              "more sharing, later balancing",
              "more sharing, earlier balancing",
            )}
          </p>
          <details className={analysisStyles.details}>
            <summary>Show the data</summary>
            <TableFrame caption="Balancing lag per state">
              <thead>
                <tr>
                  <th scope="col">State</th>
                  <th scope="col">Threat</th>
                  <th scope="col" className={tableStyles.num}>
                    Threat from
                  </th>
                  <th scope="col" className={tableStyles.num}>
                    Balanced in
                  </th>
                  <th scope="col" className={tableStyles.num}>
                    Lag
                  </th>
                  <th scope="col" className={tableStyles.num}>
                    Sharing
                  </th>
                </tr>
              </thead>
              <tbody>
                {lag.points.map((p) => (
                  <tr key={p.state}>
                    <th scope="row">{names.get(p.state) ?? p.state}</th>
                    <td>{names.get(p.threat) ?? p.threat}</td>
                    <td className={tableStyles.num}>R{p.firstThreatRound}</td>
                    <td className={tableStyles.num}>
                      {p.firstBalancingRound === null ? "never" : `R${p.firstBalancingRound}`}
                    </td>
                    <td className={tableStyles.num}>{p.lag ?? "—"}</td>
                    <td className={tableStyles.num}>{p.sharing}</td>
                  </tr>
                ))}
              </tbody>
            </TableFrame>
          </details>
        </>
      )}
    </section>
  );
}

export function FreeRiding({ report, names }: { report: Report; names: Map<string, string> }) {
  const fr = report.debrief.freeRiding;
  const points = fr.points.map((p) => ({ x: p.gdpShare, y: p.burdenRatio, label: p.state }));
  const riders = fr.points.filter((p) => p.burdenRatio < 0.75);
  // Bloc numbers as the map and the coalition timeline show them (the engine's gameBlocs).
  const blocOf = useMemo(() => blocNumbers(finalBlocs(report.rounds)), [report.rounds]);
  return (
    <section className={styles.section} aria-labelledby="free-heading">
      <h3 id="free-heading">Free-riding</h3>
      <p className={styles.lede}>
        In each final bloc: a member&apos;s average defence burden relative to the bloc average (1 =
        average; below 0.75 counts as free-riding), against its share of the bloc&apos;s GDP. Olson
        and Zeckhauser expect the large to carry the small.
      </p>
      {fr.points.length === 0 ? (
        <p className={styles.muted}>No bloc of two or more states at this point.</p>
      ) : (
        <>
          <LabelledScatter
            points={points}
            xLabel="Share of bloc GDP"
            yLabel="Burden ratio"
            xDomain={[0, 1]}
            xFormat={(v) => `${Math.round(v * 100)}%`}
          />
          <p>
            {correlationReading(
              fr.correlation,
              "larger economies carried more",
              "smaller members carried more",
            )}{" "}
            {riders.length
              ? `Below 0.75: ${riders.map((p) => names.get(p.state) ?? p.state).join(", ")}.`
              : "No member fell below 0.75."}
          </p>
          <details className={analysisStyles.details}>
            <summary>Show the data</summary>
            <TableFrame caption="Burden ratio and GDP share per bloc member">
              <thead>
                <tr>
                  <th scope="col">State</th>
                  <th scope="col" className={tableStyles.num}>
                    Bloc
                  </th>
                  <th scope="col" className={tableStyles.num}>
                    Burden ratio
                  </th>
                  <th scope="col" className={tableStyles.num}>
                    GDP share
                  </th>
                </tr>
              </thead>
              <tbody>
                {fr.points.map((p) => (
                  <tr key={p.state}>
                    <th scope="row">{names.get(p.state) ?? p.state}</th>
                    <td className={tableStyles.num}>{blocOf.get(p.state) ?? "—"}</td>
                    <td className={tableStyles.num}>{fixed(p.burdenRatio)}</td>
                    <td className={tableStyles.num}>{percent(p.gdpShare, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </TableFrame>
          </details>
        </>
      )}
    </section>
  );
}

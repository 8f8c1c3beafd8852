"use client";
// The threat chart: each state's primary threat over the rounds (Walt 1987's aggregate
// threat, 0..100), with its table.
import { useId, useMemo, useState } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { fixed, primaryThreat } from "./analysis";
import { stateColour } from "./palette";
import type { Report } from "./types";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";
import tableStyles from "./tables.module.css";
import { DataTable, axis, legendText } from "./chart-parts";

export function ThreatChart({
  report,
  stateIds,
  names,
}: {
  report: Report;
  stateIds: string[];
  names: Map<string, string>;
}) {
  const [perceiver, setPerceiver] = useState<string>("");
  const selectId = useId();
  const rounds = report.rounds;
  // Primary-threat mode: one line per perceiver (its highest T*); perceiver mode: one line per source.
  const series = perceiver ? stateIds.filter((id) => id !== perceiver) : stateIds;
  const data = useMemo(
    () =>
      rounds.map((r) => {
        const row: Record<string, number | string | null> = { round: `R${r.round}` };
        for (const id of series) {
          if (perceiver) row[id] = r.threat[perceiver]?.[id]?.total ?? null;
          else {
            const p = primaryThreat(r.threat[id]);
            row[id] = p.total;
            row[`${id}:source`] = p.source;
          }
        }
        return row;
      }),
    [rounds, series, perceiver],
  );
  const lastRound = rounds.at(-1);
  const summary = (() => {
    if (!lastRound) return "No round has been scored yet.";
    if (perceiver) {
      const p = primaryThreat(lastRound.threat[perceiver]);
      return p.source
        ? `In round ${lastRound.round}, ${names.get(perceiver) ?? perceiver} saw ${names.get(p.source) ?? p.source} as its main threat (T* = ${p.total.toFixed(1)}).`
        : "";
    }
    const top = stateIds
      .map((id) => ({ id, ...primaryThreat(lastRound.threat[id]) }))
      .sort((a, b) => b.total - a.total)[0];
    return top?.source
      ? `In round ${lastRound.round} the most threatened state was ${names.get(top.id) ?? top.id} (T* = ${top.total.toFixed(1)} from ${names.get(top.source) ?? top.source}).`
      : "";
  })();
  return (
    <figure className={styles.section} aria-labelledby="threat-caption">
      <div className={styles.sectionHead}>
        <h3>Threat over time</h3>
        <label className={styles.field} htmlFor={selectId}>
          <span>Perceiver</span>
          <select
            id={selectId}
            className={styles.select}
            value={perceiver}
            onChange={(e) => setPerceiver(e.target.value)}
          >
            <option value="">Every state&apos;s primary threat</option>
            {stateIds.map((id) => (
              <option key={id} value={id}>
                As {names.get(id) ?? id} saw it
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="threat-caption" className={styles.lede}>
        {perceiver
          ? `Perceived threat T* (0–100) from every other state, as ${names.get(perceiver) ?? perceiver} saw it at the start of each round.`
          : "Each state's highest perceived threat T* (0–100) at the start of each round; hover for its source."}{" "}
        Dashed lines mark the soft (20) and hard (40) balancing thresholds. {summary}
      </p>
      <div className={analysisStyles.chart} inert>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 10, right: 20, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e0d4" />
            <XAxis dataKey="round" tick={axis} />
            <YAxis domain={[0, 100]} tick={axis} width={36} />
            <Tooltip
              formatter={(value, name, item) => {
                const source = (item.payload as Record<string, unknown>)[`${String(name)}:source`];
                return [
                  `${Number(value).toFixed(1)}${typeof source === "string" ? ` (from ${source})` : ""}`,
                  String(name),
                ];
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            {[20, 40].map((y) => (
              <Line
                key={y}
                dataKey={() => y}
                stroke="#b9b3a4"
                strokeDasharray="4 4"
                dot={false}
                legendType="none"
                tooltipType="none"
                isAnimationActive={false}
                name={`threshold ${y}`}
              />
            ))}
            {series.map((id) => (
              <Line
                key={id}
                type="monotone"
                dataKey={id}
                name={id}
                stroke={stateColour(stateIds.indexOf(id))}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <DataTable
        caption={
          perceiver
            ? `Threat perceived by ${perceiver}, by source and round`
            : "Primary threat T* per state and round (source in brackets)"
        }
      >
        <thead>
          <tr>
            <th scope="col">{perceiver ? "Source" : "State"}</th>
            {rounds.map((r) => (
              <th scope="col" key={r.round} className={tableStyles.num}>
                Round {r.round}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((id) => (
            <tr key={id}>
              <th scope="row">{names.get(id) ?? id}</th>
              {rounds.map((r) => {
                if (perceiver)
                  return (
                    <td key={r.round} className={tableStyles.num}>
                      {fixed(r.threat[perceiver]?.[id]?.total, 1)}
                    </td>
                  );
                const p = primaryThreat(r.threat[id]);
                return (
                  <td key={r.round} className={tableStyles.num}>
                    {p.total.toFixed(1)} {p.source ? `(${p.source})` : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}

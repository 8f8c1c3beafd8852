"use client";
// Debrief charts. Each one has a text alternative: a short caption that states the finding,
// and the numbers behind it in a table under "Show the data".
import { useId, useMemo, useState, type ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { fixed, percent, primaryThreat } from "./analysis";
import { stateColour, theoryColours } from "./palette";
import type { Report } from "./types";
import styles from "./review.module.css";

const axis = { fontSize: 12, fill: "#3d5170" };
/**
 * Legend entries in ink, not in their series colour: several series colours are below 4.5:1
 * on white as text (defect 8); the swatch beside each entry still carries the colour.
 */
// Each chart is drawn for sighted readers beside a data table that carries the same numbers;
// its wrapper is `inert` (not only aria-hidden) so recharts' focusable surface leaves the tab
// order too (axe aria-hidden-focus).
const legendText = (value: unknown) => <span className={styles.legendText}>{String(value)}</span>;

function DataTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <details className={styles.details}>
      <summary>Show the data</summary>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

export function AccuracyChart({ report }: { report: Report }) {
  const a = report.debrief.accuracy;
  const data = [
    {
      name: "Balance of threat",
      short: "Threat",
      value: a.balanceOfThreat,
      fill: theoryColours.balanceOfThreat,
    },
    {
      name: "Balance of power",
      short: "Power",
      value: a.balanceOfPower,
      fill: theoryColours.balanceOfPower,
    },
    {
      name: "Majority baseline",
      short: "Baseline",
      value: a.baseline,
      fill: theoryColours.baseline,
    },
    { name: "Random", short: "Random", value: a.random, fill: theoryColours.random },
  ];
  const best = [...data].sort((x, y) => y.value - x.value)[0]!;
  return (
    <figure className={styles.section} aria-labelledby="accuracy-caption">
      <h3>Accuracy of each predictor</h3>
      <p id="accuracy-caption" className={styles.lede}>
        Share of {report.debrief.cases} state-rounds predicted (½ credit for the right category with
        the wrong target). {best.name} did best at {percent(best.value)}.
      </p>
      <div className={styles.chartSmall} inert>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 20, right: 10, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e0d4" />
            <XAxis dataKey="short" tick={axis} interval={0} />
            <YAxis
              domain={[0, 1]}
              tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
              tick={axis}
              width={44}
            />
            <Tooltip formatter={(v) => percent(Number(v), 1)} />
            <Bar dataKey="value" isAnimationActive={false} radius={[4, 4, 0, 0]}>
              {data.map((d) => (
                <Cell key={d.name} fill={d.fill} />
              ))}
              <LabelList
                dataKey="value"
                position="top"
                formatter={(v) => percent(Number(v))}
                style={{ fontSize: 12, fill: "#10243e", fontWeight: 600 }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <DataTable caption="Accuracy per predictor">
        <thead>
          <tr>
            <th scope="col">Predictor</th>
            <th scope="col" className={styles.num}>
              Accuracy
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.name}>
              <th scope="row">{d.name}</th>
              <td className={styles.num}>{percent(d.value, 1)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}

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
      <div className={styles.chart} inert>
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
              <th scope="col" key={r.round} className={styles.num}>
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
                    <td key={r.round} className={styles.num}>
                      {fixed(r.threat[perceiver]?.[id]?.total, 1)}
                    </td>
                  );
                const p = primaryThreat(r.threat[id]);
                return (
                  <td key={r.round} className={styles.num}>
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

export function ScoresChart({
  report,
  stateIds,
  names,
  humanStates,
}: {
  report: Report;
  stateIds: string[];
  names: Map<string, string>;
  humanStates: string[];
}) {
  const [studentsOnly, setStudentsOnly] = useState(false);
  const shown = studentsOnly ? stateIds.filter((id) => humanStates.includes(id)) : stateIds;
  const data = report.rounds.map((r) => ({ round: `R${r.round}`, ...r.scores }));
  const last = report.rounds.at(-1);
  const leader = last
    ? shown
        .map((id) => ({ id, score: last.scores[id] ?? -Infinity }))
        .sort((a, b) => b.score - a.score)[0]
    : undefined;
  return (
    <figure className={styles.section} aria-labelledby="scores-caption">
      <div className={styles.sectionHead}>
        <h3>Scores per round</h3>
        <label className={styles.small}>
          <input
            type="checkbox"
            checked={studentsOnly}
            onChange={(e) => setStudentsOnly(e.target.checked)}
          />{" "}
          Students&apos; states only
        </label>
      </div>
      <p id="scores-caption" className={styles.lede}>
        Each state&apos;s score (security and prosperity, THREAT-MODEL.md §7) after each round.
        {leader && last && Number.isFinite(leader.score)
          ? ` After round ${last.round}, ${names.get(leader.id) ?? leader.id} led with ${leader.score.toFixed(1)}.`
          : ""}
      </p>
      <div className={styles.chart} inert>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 10, right: 20, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e0d4" />
            <XAxis dataKey="round" tick={axis} />
            <YAxis tick={axis} width={44} domain={["auto", "auto"]} />
            <Tooltip formatter={(v) => Number(v).toFixed(1)} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
            {shown.map((id) => (
              <Line
                key={id}
                type="monotone"
                dataKey={id}
                stroke={stateColour(stateIds.indexOf(id))}
                strokeWidth={humanStates.includes(id) ? 3 : 1.5}
                strokeDasharray={humanStates.includes(id) ? undefined : "5 3"}
                dot={{ r: 2 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className={styles.small}>Solid thick lines: states played by students; dashed: bots.</p>
      <DataTable caption="Score per state and round">
        <thead>
          <tr>
            <th scope="col">State</th>
            {report.rounds.map((r) => (
              <th scope="col" key={r.round} className={styles.num}>
                Round {r.round}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((id) => (
            <tr key={id}>
              <th scope="row">{names.get(id) ?? id}</th>
              {report.rounds.map((r) => (
                <td key={r.round} className={styles.num}>
                  {fixed(r.scores[id], 1)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}

/** A small labelled scatter plot (balancing lag, free-riding). */
export function LabelledScatter({
  points,
  xLabel,
  yLabel,
  xDomain,
  yDomain,
  xFormat = (v) => String(v),
}: {
  points: { x: number; y: number; label: string }[];
  xLabel: string;
  yLabel: string;
  xDomain?: [number, number];
  yDomain?: [number, number];
  xFormat?: (v: number) => string;
}) {
  const grouped = new Map<string, { x: number; y: number; label: string }>();
  for (const p of points) {
    const key = `${p.x}:${p.y}`;
    const found = grouped.get(key);
    grouped.set(key, found ? { ...found, label: `${found.label}, ${p.label}` } : { ...p });
  }
  return (
    <div className={styles.chartSmall} inert>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 24, left: 4, bottom: 18 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e0d4" />
          <XAxis
            type="number"
            dataKey="x"
            name={xLabel}
            tick={axis}
            domain={xDomain ?? ["auto", "auto"]}
            tickFormatter={xFormat}
            label={{
              value: xLabel,
              position: "insideBottom",
              offset: -10,
              fontSize: 12,
              fill: "#3d5170",
            }}
            allowDecimals={false}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={yLabel}
            tick={axis}
            width={44}
            domain={yDomain ?? ["auto", "auto"]}
            label={{
              value: yLabel,
              angle: -90,
              position: "insideLeft",
              fontSize: 12,
              fill: "#3d5170",
              dy: 40,
            }}
          />
          <ZAxis range={[70, 70]} />
          <Tooltip cursor={{ strokeDasharray: "3 3" }} />
          <Scatter data={[...grouped.values()]} fill="#0b5cad" isAnimationActive={false}>
            <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: "#10243e" }} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

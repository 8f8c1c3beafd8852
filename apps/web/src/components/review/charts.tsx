"use client";
// Debrief charts. Each one has a text alternative: a short caption that states the finding,
// and the numbers behind it in a table under "Show the data".
import { useState } from "react";
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
import { fixed, percent } from "./analysis";
import { stateColour, theoryColours } from "./palette";
import type { Report } from "./types";
import analysisStyles from "./analysis.module.css";
import styles from "./review.module.css";
import tableStyles from "./tables.module.css";
import { DataTable, axis, legendText } from "./chart-parts";

export { ThreatChart } from "./threat-chart";

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
      <div className={analysisStyles.chartSmall} inert>
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
                className={analysisStyles.barLabel}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <DataTable caption="Accuracy per predictor">
        <thead>
          <tr>
            <th scope="col">Predictor</th>
            <th scope="col" className={tableStyles.num}>
              Accuracy
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.name}>
              <th scope="row">{d.name}</th>
              <td className={tableStyles.num}>{percent(d.value, 1)}</td>
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
      <div className={analysisStyles.chart} inert>
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
              <th scope="col" key={r.round} className={tableStyles.num}>
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
                <td key={r.round} className={tableStyles.num}>
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
    <div className={analysisStyles.chartSmall} inert>
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
            <LabelList dataKey="label" position="right" className={analysisStyles.pointLabel} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

"use client";
import { Button } from "~/components/ui";
import type { ThreatEntry } from "@threatscape/engine";
import { useState } from "react";
import panelStyles from "./panel.module.css";
import threatStyles from "./threat-panel.module.css";
import { sortThreats, threatBreakdown, threatEstimateLabel, type ThreatSourceKey } from "./model";
import { useStudent } from "./student-context";

export const SOURCE_COLOURS: Record<ThreatSourceKey | "threat", string> = {
  threat: "#10243e",
  aggregatePower: "#3f7fc4",
  proximity: "#2e9961",
  offensiveCapability: "#d08a1e",
  intentions: "#c8483f",
  allyShare: "#8a7cc0",
};

const LEGEND: { key: keyof typeof SOURCE_COLOURS; label: string }[] = [
  { key: "aggregatePower", label: "Aggregate power" },
  { key: "proximity", label: "Proximity" },
  { key: "offensiveCapability", label: "Offensive capability" },
  { key: "intentions", label: "Intentions" },
  { key: "allyShare", label: "Threat to an ally" },
];

const level = (t: number) => (t >= 50 ? "high" : t >= 25 ? "mid" : "low");

export function ThreatPanel() {
  const { view, me, name } = useStudent();
  const latest = view.rounds.at(-1);
  const row = latest?.threat[me];
  if (!latest || !row)
    return <p className={panelStyles.empty}>Threat estimates appear when the first round opens.</p>;
  const sorted = sortThreats(row);
  return (
    <div>
      <h2 className={panelStyles.panelTitle}>Threats you perceive</h2>
      <p className={panelStyles.panelIntro}>
        {threatEstimateLabel(latest.round, view.phase)}, 0 to 100. T* = 100 × power × proximity ×
        capability × intentions, each factor at most 1. The coloured bar splits ln T* by source: a
        long segment holds the threat down, a short one is a source near full strength, driving it.
      </p>
      <ul className={threatStyles.legend} aria-label="Legend">
        {LEGEND.map((l) => (
          <li key={l.key}>
            <span
              className={threatStyles.swatch}
              style={{ background: SOURCE_COLOURS[l.key] }}
              aria-hidden="true"
            />
            {l.label}
          </li>
        ))}
      </ul>
      <ul className={panelStyles.list} aria-label="Threat from each state">
        {sorted.map(([id, entry]) => (
          <ThreatRow key={id} id={id} entry={entry} name={name} />
        ))}
      </ul>
    </div>
  );
}

function ThreatRow({
  id,
  entry,
  name,
}: {
  id: string;
  entry: ThreatEntry;
  name: (id: string) => string;
}) {
  const [open, setOpen] = useState(false);
  const b = threatBreakdown(entry);
  const detailId = `threat-detail-${id}`;
  const summary = `${name(id)}: threat ${entry.total.toFixed(0)} of 100. ${b.segments
    .map((s) => `${s.label} ×${s.factor.toFixed(2)}`)
    .join(", ")}.`;
  return (
    <li className={threatStyles.threatRow}>
      <div className={threatStyles.threatHead}>
        <span className={threatStyles.threatName}>{name(id)}</span>
        <span
          className={threatStyles.threatValue}
          data-level={level(entry.total)}
          aria-label={`T* ${entry.total.toFixed(1)}`}
        >
          {entry.total.toFixed(0)}
        </span>
        <Button
          variant="ghost"
          aria-expanded={open}
          aria-controls={detailId}
          aria-label={`${open ? "Hide" : "Show"} threat sources for ${name(id)}`}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? "Hide" : "Sources"}
        </Button>
      </div>
      <div className={`${threatStyles.meter} ${threatStyles.meterThin}`} aria-hidden="true">
        <div
          className={threatStyles.meterFill}
          style={{ width: `${Math.min(100, entry.total)}%`, background: SOURCE_COLOURS.threat }}
        />
      </div>
      <div className={threatStyles.stack} role="img" aria-label={summary}>
        {b.segments.map((s) => (
          <span
            key={s.key}
            style={{ width: `${s.share * 100}%`, background: SOURCE_COLOURS[s.key] }}
            title={`${s.label}: ×${s.factor.toFixed(2)} (ln ${s.ln.toFixed(2)}, ${Math.round(s.share * 100)}% of the gap below 100 on a log scale)`}
          />
        ))}
      </div>
      <p className={threatStyles.threatFoot}>
        {b.strongest ? (
          <>
            Driven most by {b.strongest.label.toLowerCase()} (×{b.strongest.factor.toFixed(2)})
          </>
        ) : null}
        {entry.viaAlly ? <> · counts the threat to your ally {name(entry.viaAlly)}</> : null}
      </p>
      <div id={detailId} hidden={!open}>
        <table className={threatStyles.detailTable}>
          <caption className={panelStyles.visuallyHidden}>Threat sources for {name(id)}</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Factor</th>
              <th scope="col">ln</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {b.segments.map((s) => (
              <tr key={s.key}>
                <td>
                  <span
                    className={`${threatStyles.swatch} ${threatStyles.swatchInline}`}
                    style={{ background: SOURCE_COLOURS[s.key] }}
                    aria-hidden="true"
                  />
                  {s.label}
                </td>
                <td>×{s.factor.toFixed(2)}</td>
                <td>{s.ln.toFixed(2)}</td>
                <td>{b.discount > 0 ? `${Math.round(s.share * 100)}%` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className={threatStyles.threatFoot}>
          Relative capability r = {entry.r.toFixed(2)} · proximity {entry.prox.toFixed(2)}
          {Number.isFinite(entry.I)
            ? ` · hostility I = ${entry.I.toFixed(2)}`
            : " · intentions hidden in this scenario"}
          {entry.viaAlly ? ` · direct threat ${entry.direct.toFixed(0)}` : ""}
        </p>
      </div>
    </li>
  );
}

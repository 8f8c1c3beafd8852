"use client";
import type { StateRuntime } from "@threatscape/engine";
import panelStyles from "./panel.module.css";
import statStyles from "./my-state-panel.module.css";
import { KIND_LABELS, money, pct } from "./model";
import { useStudent } from "./student-context";

const MOBILISATION: Record<string, string> = { "0": "None", "0.5": "Partial", "1": "Full" };

export function MyStatePanel() {
  const { view, scenario, me, name } = useStudent();
  const runtime = view.states[me] as StateRuntime | undefined;
  const base = scenario.states.find((s) => s.id === me);
  if (!runtime || !base)
    return (
      <p className={panelStyles.empty}>Your state&apos;s figures arrive with the first round.</p>
    );
  const growth = runtime.gdp / runtime.gdp0 - 1;
  const treaties = Object.values(view.treaties).filter((t) => t.members.includes(me));
  const sanctionsByMe = Object.entries(view.sanctions[me] ?? {}).filter(([, v]) => v > 0);
  const sanctionsOnMe = Object.entries(view.sanctions)
    .filter(([from, row]) => from !== me && (row[me] ?? 0) > 0)
    .map(([from, row]) => [from, row[me] ?? 0] as const);
  const wars = view.wars.filter((w) => w.a === me || w.b === me);
  const score = [...view.rounds].reverse().find((r) => r.scores?.[me])?.scores?.[me];
  const sign = (x: number) => (x > 0.0005 ? "up" : x < -0.0005 ? "down" : undefined);

  return (
    <div>
      <h2 className={panelStyles.panelTitle}>{base.name}</h2>
      <p className={panelStyles.panelIntro}>
        Capital {base.capital.name} · {base.greatPower ? "great power · " : ""}
        {base.projection >= 0.8
          ? "global reach"
          : base.projection >= 0.4
            ? "regional reach"
            : "local reach"}
        {view.roles[me] ? ` · role: ${view.roles[me]}` : ""}
      </p>

      <h3 className={panelStyles.sectionTitle}>Economy</h3>
      <div className={statStyles.stats}>
        <div className={statStyles.stat}>
          <p className={statStyles.statLabel}>GDP</p>
          <p className={statStyles.statValue}>{money(runtime.gdp, scenario.era)}</p>
        </div>
        <div className={statStyles.stat}>
          <p className={statStyles.statLabel}>Since start</p>
          <p className={`${statStyles.statValue} ${statStyles.delta}`} data-sign={sign(growth)}>
            {growth >= 0 ? "+" : ""}
            {pct(growth)}
          </p>
        </div>
        <div className={statStyles.stat}>
          <p className={statStyles.statLabel}>Base growth</p>
          <p className={statStyles.statValue}>{pct(base.growth)}</p>
        </div>
      </div>
      <p className={`${panelStyles.muted} ${panelStyles.small} ${panelStyles.noteGap}`}>
        Started at {money(runtime.gdp0, scenario.era)}; trade is {pct(runtime.tradeRatio)} of GDP.
        Base growth is per round (a round is a year).
      </p>

      <h3 className={panelStyles.sectionTitle}>Forces</h3>
      <dl className={statStyles.kv}>
        <dt>Defence burden</dt>
        <dd>
          {runtime.burden.toFixed(1)}% of GDP{" "}
          <span className={panelStyles.muted}>(start {runtime.burden0.toFixed(1)}%)</span>
        </dd>
        <dt>Posture</dt>
        <dd>{Math.round(runtime.posture * 100)}% offensive</dd>
        <dt>Mobilisation</dt>
        <dd>{MOBILISATION[String(runtime.mob)] ?? runtime.mob}</dd>
        <dt>Forces</dt>
        <dd>{Math.round(runtime.forces * 100)}% of pre-war strength</dd>
        <dt>Military spending</dt>
        <dd>{money((runtime.burden / 100) * runtime.gdp, scenario.era)} a year</dd>
        <dt>Personnel</dt>
        <dd>{Math.round(base.milper).toLocaleString("en")} thousand</dd>
        <dt>Population</dt>
        <dd>{base.pop.toLocaleString("en", { maximumFractionDigits: 1 })} million</dd>
      </dl>

      <h3 className={panelStyles.sectionTitle}>Treaties in force ({treaties.length})</h3>
      {treaties.length === 0 ? (
        <p className={panelStyles.empty}>No treaties. Propose one in the Treaties tab.</p>
      ) : (
        <ul className={panelStyles.list}>
          {treaties.map((t) => (
            <li key={t.id} className={panelStyles.card}>
              <div className={panelStyles.cardHead}>
                <h4 className={panelStyles.cardTitle}>{t.name}</h4>
                <span
                  className={panelStyles.tag}
                  data-tone={t.kind === "defence" ? "accent" : undefined}
                >
                  {KIND_LABELS[t.kind] ?? t.kind}
                </span>
              </div>
              <p className={`${panelStyles.small} ${panelStyles.flush}`}>
                {t.members.map(name).join(", ")}
              </p>
              <p className={`${panelStyles.small} ${panelStyles.muted} ${panelStyles.noteLine}`}>
                {t.directedAgainst.length
                  ? `Directed against ${t.directedAgainst.map(name).join(", ")}`
                  : "Not directed against anyone"}
                {t.secret ? " · secret" : ""}
                {t.endsAfterRound !== null ? ` · until round ${t.endsAfterRound}` : ""}
                {t.leaving.includes(me) ? " · you have given notice" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}

      {sanctionsByMe.length || sanctionsOnMe.length || wars.length ? (
        <>
          <h3 className={panelStyles.sectionTitle}>Sanctions and wars</h3>
          <ul className={panelStyles.list}>
            {sanctionsByMe.map(([to, v]) => (
              <li key={`by-${to}`} className={panelStyles.small}>
                You sanction <strong>{name(to)}</strong> ({pct(v, 0)} of trade cut)
              </li>
            ))}
            {sanctionsOnMe.map(([from, v]) => (
              <li key={`on-${from}`} className={panelStyles.small}>
                <strong>{name(from)}</strong> sanctions you ({pct(v, 0)} of trade cut)
              </li>
            ))}
            {wars.map((w) => (
              <li key={`${w.a}-${w.b}`} className={panelStyles.small}>
                At war with <strong>{name(w.a === me ? w.b : w.a)}</strong> since round{" "}
                {w.startedRound}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {score ? (
        <>
          <h3 className={panelStyles.sectionTitle}>Last score</h3>
          <dl className={statStyles.kv}>
            <dt>Score</dt>
            <dd>{score.score.toFixed(1)}</dd>
            <dt>Security</dt>
            <dd>{score.security.toFixed(1)}</dd>
            <dt>Prosperity</dt>
            <dd>{score.prosperity.toFixed(1)}</dd>
          </dl>
        </>
      ) : null}
    </div>
  );
}

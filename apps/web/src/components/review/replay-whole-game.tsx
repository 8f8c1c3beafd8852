"use client";
// The omniscient replay ("the whole game"): every state's figures and what is in force. A
// state's point of view is drawn by the student's own panels instead (replay-seat.tsx).
import { fixed } from "./analysis";
import type { ReplayData } from "./types";
import styles from "./review.module.css";
import { TableFrame } from "./table-frame";
import tableStyles from "./tables.module.css";

type ThreatRow = Record<
  string,
  {
    total: number;
    viaAlly: string | null;
    aggregatePower: number;
    proximity: number;
    offensiveCapability: number;
    intentions: number;
  }
>;

export function WholeGamePanel({ data, names }: { data: ReplayData; names: Map<string, string> }) {
  const view = data.view;
  const roundRecord = view.rounds.find((r) => r.round === data.round) ?? view.rounds.at(-1);
  const treaties = Object.values(view.treaties);
  const proposals = Object.values(view.proposals).filter((p) => p.status === "open");
  const demands = Object.values(view.demands).filter(
    (d) => d.status === "pending" || d.round === data.round,
  );
  const news = [...view.news].reverse().slice(0, 8);
  const ids = view.scenario.states.filter((s) => s.playable).map((s) => s.id);
  return (
    <section className={styles.section} aria-labelledby="view-heading">
      <h3 id="view-heading">
        The whole game at round {data.round}, {data.phase}
      </h3>
      <TableFrame caption="Every state at this moment">
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col" className={tableStyles.num}>
              GDP (bn)
            </th>
            <th scope="col" className={tableStyles.num}>
              Burden
            </th>
            <th scope="col" className={tableStyles.num}>
              Mobilised
            </th>
            <th scope="col">Primary threat (T*)</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => {
            const s = view.states[id];
            const row = (roundRecord?.threat[id] ?? {}) as ThreatRow;
            const top = Object.entries(row).sort((a, b) => b[1].total - a[1].total)[0];
            return (
              <tr key={id}>
                <th scope="row">{names.get(id) ?? id}</th>
                <td className={tableStyles.num}>{fixed(s?.gdp, 0)}</td>
                <td className={tableStyles.num}>{s ? `${fixed(s.burden, 1)} %` : "—"}</td>
                <td className={tableStyles.num}>{s ? fixed(s.mob, 1) : "—"}</td>
                <td>{top ? `${top[0]} (${top[1].total.toFixed(1)})` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </TableFrame>
      <h4>Treaties in force ({treaties.length})</h4>
      <ul className={tableStyles.plainList}>
        {treaties.map((t) => (
          <li key={t.id}>
            <strong>{t.name}</strong>{" "}
            <span className={styles.small}>
              ({t.kind}
              {t.secret ? ", secret" : ""})
            </span>
            : {t.members.join(", ")}
            {t.directedAgainst.length ? ` against ${t.directedAgainst.join(", ")}` : ""}
            {t.startedRound > 0 ? (
              <span className={styles.small}> · since round {t.startedRound}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h4>Open proposals ({proposals.length})</h4>
      {proposals.length ? (
        <ul className={tableStyles.plainList}>
          {proposals.map((p) => (
            <li key={p.id}>
              <strong>{p.terms.name}</strong>{" "}
              <span className={styles.small}>
                ({p.terms.kind}, by {p.proposer})
              </span>
              : {p.terms.members.join(", ")}
              {p.terms.directedAgainst.length
                ? ` against ${p.terms.directedAgainst.join(", ")}`
                : ""}{" "}
              · ratified by {p.ratifiedBy.join(", ") || "nobody yet"}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.small}>None.</p>
      )}
      {demands.length ? (
        <>
          <h4>Demands</h4>
          <ul className={tableStyles.plainList}>
            {demands.map((d) => (
              <li key={d.id}>
                {d.from} → {d.to}: {d.kind} ({d.status}){d.text ? ` “${d.text}”` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>News</h4>
      {news.length ? (
        <ul className={tableStyles.plainList}>
          {news.map((n, i) => (
            <li key={`${n.round}-${i}`}>
              <span className={styles.small}>
                R{n.round}
                {n.visibleTo ? " · private" : ""}
              </span>{" "}
              {n.headline}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.small}>No news yet.</p>
      )}
    </section>
  );
}

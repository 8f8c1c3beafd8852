"use client";
// Around the map: the focus card, the legend (blocs by number and colour, link kinds) and
// the table view that is always in the DOM for screen readers.
import styles from "./coalition-map.module.css";
import tableStyles from "./map-tables.module.css";
import { kindWord } from "./derive";
import { BLOC_TIES, type CoalitionSnapshot, type ThreatArrow } from "./model";
import { LINK_STYLES, THREAT_COLOUR, blocStyle } from "./palette";

export function FocusCard({
  id,
  tooltip,
}: {
  id: string;
  snapshot: CoalitionSnapshot;
  tooltip: (id: string) => string;
}) {
  const [title, ...lines] = tooltip(id).split("\n");
  return (
    <div className={styles.focusCard} role="status">
      <strong>{title}</strong>
      {lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
    </div>
  );
}

export function Legend({
  snapshot,
  names,
  showThreats,
  threatThreshold,
}: {
  snapshot: CoalitionSnapshot;
  names: Map<string, string>;
  showThreats: boolean;
  threatThreshold: number;
}) {
  const inBloc = new Set(snapshot.blocs.flatMap((b) => b.members));
  const unaligned = snapshot.states.filter((s) => !inBloc.has(s.id));
  const kinds = new Set(
    snapshot.links.map((l) => (l.kind === "non-aggression" ? "consultation" : l.kind)),
  );
  return (
    <div className={styles.legend} aria-hidden="true">
      <ul className={styles.legendBlocs}>
        {snapshot.blocs.map((b) => {
          const st = blocStyle(b.number);
          return (
            <li key={b.id}>
              <span
                className={styles.swatch}
                style={{
                  background:
                    st.pattern === "stripes"
                      ? `repeating-linear-gradient(45deg, ${st.colour} 0 5px, #ffffffaa 5px 8px)`
                      : st.colour,
                  color: st.text,
                }}
              >
                {b.number}
              </span>
              <span>{b.members.map((m) => names.get(m) ?? m).join(", ")}</span>
            </li>
          );
        })}
        {unaligned.length ? (
          <li>
            <span className={styles.swatch} style={{ background: blocStyle(null).colour }} />
            <span>
              Unaligned{unaligned.length <= 6 ? `: ${unaligned.map((s) => s.name).join(", ")}` : ""}
            </span>
          </li>
        ) : null}
      </ul>
      <ul className={styles.legendLinks}>
        {(["defence", "trade", "consultation"] as const)
          .filter((k) => kinds.has(k))
          .map((k) => (
            <li key={k}>
              <svg width="36" height="12" aria-hidden="true">
                <line
                  x1="3"
                  y1="6"
                  x2="33"
                  y2="6"
                  className={styles.legendLine}
                  strokeWidth={LINK_STYLES[k].width}
                  strokeDasharray={LINK_STYLES[k].dash}
                />
              </svg>
              {k === "consultation" ? "Consultation / non-aggression" : LINK_STYLES[k].label}
            </li>
          ))}
        {showThreats ? (
          <li>
            <svg width="36" height="12" aria-hidden="true">
              <line x1="3" y1="6" x2="25" y2="6" stroke={THREAT_COLOUR} strokeWidth="3" />
              <path d="M24,1L34,6L24,11z" fill={THREAT_COLOUR} />
            </svg>
            {`Threat (${threatThreshold}+ of 100)`}
          </li>
        ) : null}
        {snapshot.highlightStateId ? (
          <li>
            <span className={styles.youSwatch} />
            You
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** The text alternative: always in the DOM (visually hidden unless "Table view" is on). */
export function CoalitionTable({
  snapshot,
  names,
  visible,
  threats,
}: {
  snapshot: CoalitionSnapshot;
  names: Map<string, string>;
  visible: boolean;
  threats: ThreatArrow[];
}) {
  const inBloc = new Set(snapshot.blocs.flatMap((b) => b.members));
  const unaligned = snapshot.states.filter((s) => !inBloc.has(s.id));
  const pacts =
    snapshot.pacts ??
    snapshot.links.map((l) => ({
      id: `${l.treatyId}:${l.a}:${l.b}`,
      name: l.name,
      kind: l.kind,
      members: [l.a, l.b],
    }));
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <div className={visible ? tableStyles.tables : styles.srOnly}>
      <table className={tableStyles.table}>
        <caption>Alliance blocs (joined by {BLOC_TIES})</caption>
        <thead>
          <tr>
            <th scope="col">Bloc</th>
            <th scope="col">Members</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.blocs.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <span
                  className={styles.swatch}
                  style={{
                    background: blocStyle(b.number).colour,
                    color: blocStyle(b.number).text,
                  }}
                >
                  {b.number}
                </span>
                {` Bloc ${b.number}`}
              </th>
              <td>{b.members.map(nameOf).join(", ")}</td>
            </tr>
          ))}
          {unaligned.length ? (
            <tr>
              <th scope="row">Unaligned</th>
              <td>
                {unaligned
                  .map((s) => s.name + (s.id === snapshot.highlightStateId ? " (you)" : ""))
                  .join(", ")}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <table className={tableStyles.table}>
        <caption>Treaties in force</caption>
        <thead>
          <tr>
            <th scope="col">Treaty</th>
            <th scope="col" className={tableStyles.kindCol}>
              Kind
            </th>
            <th scope="col">Members</th>
          </tr>
        </thead>
        <tbody>
          {pacts.length === 0 ? (
            <tr>
              <td colSpan={3}>None</td>
            </tr>
          ) : (
            pacts.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}
                  {/* On a phone the kind moves under the name: three columns of whole words
                      ("Neighbourliness", "consultation", "MEMBERS") need 330 px, a 360 px screen gives 270. */}
                  <span className={tableStyles.kindInline}> ({kindWord(p.kind)})</span>
                </th>
                <td className={tableStyles.kindCol}>{kindWord(p.kind)}</td>
                <td>{p.members.map(nameOf).join(", ")}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {threats.length ? (
        <table className={tableStyles.table}>
          <caption>Threats shown</caption>
          <thead>
            <tr>
              <th scope="col">Perceived by</th>
              <th scope="col">Threat from</th>
              <th scope="col">Level (0-100)</th>
            </tr>
          </thead>
          <tbody>
            {threats.map((t) => (
              <tr key={`${t.from}>${t.to}`}>
                <th scope="row">{nameOf(t.to)}</th>
                <td>{nameOf(t.from)}</td>
                <td>{Math.round(t.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

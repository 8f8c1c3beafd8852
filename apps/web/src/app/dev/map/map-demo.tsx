"use client";
/** Both views of one snapshot, plus a button that forms a new pact to show a live update. */
import { useMemo, useState } from "react";
import { CoalitionMap } from "~/components/coalition-map/coalition-map";
import { coalitionBlocs, linksFor } from "~/components/coalition-map/model";
import type { CoalitionPact, CoalitionSnapshot } from "~/components/coalition-map/model";
import styles from "./page.module.css";

/** A defence pact between the first two states not yet in any bloc (or the first two states). */
function nextPact(s: CoalitionSnapshot, n: number): CoalitionPact {
  const inBloc = new Set(s.blocs.flatMap((b) => b.members));
  const free = s.states.filter((x) => !inBloc.has(x.id));
  const pair =
    free.length >= 2 ? [free[0]!, free[1]!] : [s.states[0]!, s.states[s.states.length - 1]!];
  return {
    id: `demo-pact-${n}`,
    kind: "defence",
    name: `${pair[0]!.name}-${pair[1]!.name} pact (demo)`,
    members: pair.map((x) => x.id),
  };
}

export function MapDemo({
  snapshot,
  showThreats,
}: {
  snapshot: CoalitionSnapshot;
  showThreats: boolean;
}) {
  const [extra, setExtra] = useState<CoalitionPact[]>([]);
  const live = useMemo(() => {
    if (extra.length === 0) return snapshot;
    const pacts = [...(snapshot.pacts ?? []), ...extra];
    return {
      ...snapshot,
      pacts,
      blocs: coalitionBlocs(
        pacts,
        snapshot.states.map((s) => s.id),
      ),
      links: linksFor(pacts, new Map(snapshot.states.map((s) => [s.id, s.capital]))),
    };
  }, [snapshot, extra]);
  return (
    <div className={styles.views}>
      <div className={styles.controls}>
        <button
          type="button"
          className={styles.button}
          onClick={() => setExtra((e) => [...e, nextPact(live, e.length + 1)])}
        >
          Form a new defence pact
        </button>
        {extra.length ? (
          <button type="button" className={styles.button} onClick={() => setExtra([])}>
            Reset
          </button>
        ) : null}
      </div>
      <CoalitionMap
        snapshot={live}
        mode="map"
        showThreats={showThreats}
        height="clamp(360px, calc(100vh - 250px), 880px)"
        heading={`${snapshot.title ?? ""}: map`}
      />
      <CoalitionMap
        snapshot={live}
        mode="network"
        showThreats={showThreats}
        height="clamp(360px, calc(100vh - 250px), 880px)"
        heading={`${snapshot.title ?? ""}: network`}
      />
    </div>
  );
}

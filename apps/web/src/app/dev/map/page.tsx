/**
 * Dev demo of the coalition map: every preset with its starting treaties, as a map and as
 * a network, with the threat table of round 1. `?preset=`, `?threats=1`, `?as=<state id>`.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { createGame, listPresets, loadPreset, PRESET_IDS } from "@threatscape/engine";
import { snapshotFromGame } from "~/components/coalition-map/model";
import { MapDemo } from "./map-demo";
import styles from "./page.module.css";

export const metadata: Metadata = { title: "Coalition map (dev)" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CoalitionMapDemoPage({
  searchParams,
}: {
  searchParams: Promise<Search>;
}) {
  const q = await searchParams;
  const presetId = PRESET_IDS.find((p) => p === one(q.preset)) ?? "east-asia-2017";
  const threats = one(q.threats) === "1";
  const parsed = loadPreset(presetId);
  if (!parsed.ok)
    return (
      <main className={styles.page}>
        Preset {presetId} does not load: {parsed.error.message}
      </main>
    );
  const scenario = parsed.scenario;
  const as = scenario.states.find((s) => s.id === one(q.as))?.id ?? null;
  const game = createGame(scenario, { seed: 1 });
  const threatTable = game.ok ? (game.state.rounds.at(-1)?.threat ?? null) : null;
  const treaties = game.ok ? game.state.treaties : scenario.treaties;
  const snapshot = snapshotFromGame(scenario, treaties, threatTable, { highlightStateId: as });
  const href = (patch: Search) => {
    const p = new URLSearchParams();
    const next = {
      preset: presetId,
      threats: threats ? "1" : undefined,
      as: as ?? undefined,
      ...patch,
    };
    for (const [k, v] of Object.entries(next)) if (typeof v === "string") p.set(k, v);
    return `/dev/map?${p.toString()}`;
  };
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <h1>Coalition map</h1>
        <nav aria-label="Presets" className={styles.nav}>
          {listPresets().map((p) => (
            <Link
              key={p.id}
              href={href({ preset: p.id, as: undefined })}
              aria-current={p.id === presetId ? "page" : undefined}
              className={styles.chip}
            >
              {p.name}
            </Link>
          ))}
          <Link
            href={href({ threats: threats ? undefined : "1" })}
            className={styles.chip}
            aria-pressed={threats}
          >
            {threats ? "Hide threats" : "Show threats"}
          </Link>
        </nav>
      </header>
      <MapDemo key={presetId} snapshot={snapshot} showThreats={threats} />
    </main>
  );
}

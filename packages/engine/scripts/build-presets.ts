/**
 * Over 300 lines: one pass over every preset's source tables (states, CINC, treaties,
 * crises) with its cross-checks, kept together so a data fix is read in one place.
 *
 * Builds the five scenario presets in src/presets/data/ from the source tables in
 * scripts/preset-sources/, and prints the CINC cross-check.
 *
 *   pnpm --filter @threatscape/engine exec tsx scripts/build-presets.ts          # write
 *   pnpm --filter @threatscape/engine exec tsx scripts/build-presets.ts --check  # compare only
 *
 * Historical presets: the six capability components are COW NMC v6 rows; restOfWorld is
 * the NMC system total minus the included states, so each state's computed CINC equals
 * its NMC cinc. Modern presets: ISO numeric ids, capital names and land contiguity come
 * from the world-countries and world-atlas packages (land adjacency = topojson
 * neighbours in the 1:50m map AND a land border in world-countries, which filters
 * overseas territories such as French Guiana); capital coordinates from capitals.ts,
 * checked to lie inside the country polygon.
 *
 * Output is deterministic: running the script twice gives identical files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { format } from "prettier";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoContains } from "d3-geo";
import { feature, neighbors } from "topojson-client";
import { CAPITALS } from "./preset-sources/capitals";
import { coldWar1985 } from "./preset-sources/cold-war-1985";
import { eastAsia2017 } from "./preset-sources/east-asia-2017";
import { europe1914 } from "./preset-sources/europe-1914";
import { europe1939 } from "./preset-sources/europe-1939";
import { NMC, USD_PER_GBP_1913, WORLD } from "./preset-sources/nmc";
import { predatoryHegemon2026 } from "./preset-sources/predatory-hegemon-2026";
import type { HistoricalPreset, ModernPreset, PresetSource } from "./preset-sources/types";
import { V2_ATTRIBUTES, V2_SOURCES } from "./preset-sources/v2-attributes";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "src", "presets", "data");
const require = createRequire(import.meta.url);
const checkOnly = process.argv.includes("--check");

/** Round to `digits` significant figures (deterministic output, no float noise). */
function sig(x: number, digits = 6): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = digits - 1 - Math.floor(Math.log10(Math.abs(x)));
  const f = 10 ** p;
  return p >= 0 ? Math.round(x * f) / f : Math.round(x / 10 ** -p) * 10 ** -p;
}

// ---------------------------------------------------------------- geography
interface WcCountry {
  cca3: string;
  ccn3: string;
  capital?: string[];
  borders: string[];
}
const worldCountries = JSON.parse(
  readFileSync(require.resolve("world-countries/countries.json"), "utf8"),
) as WcCountry[];
const byCca3 = new Map(worldCountries.map((c) => [c.cca3, c]));
interface AtlasGeometry {
  id?: string;
  type: string;
}
interface Atlas {
  type: "Topology";
  objects: { countries: { type: "GeometryCollection"; geometries: AtlasGeometry[] } };
}
const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"),
) as Atlas;
const geoms = topology.objects.countries.geometries;
const geomNeighbours = neighbors(geoms as never);

function landPairs(isoById: Map<string, string>): { pairs: Set<string>; notes: string[] } {
  const idByIso = new Map([...isoById].map(([id, iso]) => [iso, id]));
  const topo = new Set<string>();
  geoms.forEach((g, i) => {
    const a = idByIso.get(String(g.id));
    if (!a) return;
    for (const j of geomNeighbours[i] ?? []) {
      const b = idByIso.get(String(geoms[j]!.id));
      if (b && b !== a) topo.add([a, b].sort().join("|"));
    }
  });
  const wc = new Set<string>();
  for (const id of isoById.keys())
    for (const b of byCca3.get(id)?.borders ?? [])
      if (isoById.has(b)) wc.add([id, b].sort().join("|"));
  const pairs = new Set([...topo].filter((p) => wc.has(p)));
  const notes = [
    ...[...topo]
      .filter((p) => !wc.has(p))
      .map(
        (p) =>
          `map adjacency without a land border in world-countries, dropped (overseas territory?): ${p}`,
      ),
    ...[...wc]
      .filter((p) => !topo.has(p))
      .map((p) => `world-countries border not adjacent in the 1:50m map, dropped: ${p}`),
  ];
  return { pairs, notes };
}

function capitalInside(iso: string, lon: number, lat: number): boolean {
  const g = geoms.find((x) => String(x.id) === iso);
  if (!g) return false;
  return geoContains(feature(topology as never, g as never) as never, [lon, lat]);
}

// ---------------------------------------------------------------- assembly
type Json = Record<string, unknown>;
const unitless = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function relations(src: PresetSource, contiguity: PresetSource["contiguity"]): Json {
  const norm = contiguity
    .map((c) => ({ ...c, a: c.a < c.b ? c.a : c.b, b: c.a < c.b ? c.b : c.a }))
    .sort((x, y) => (x.a + x.b).localeCompare(y.a + y.b));
  return {
    contiguity: norm.map((c) =>
      unitless({ a: c.a, b: c.b, code: c.code, unverified: c.unverified, note: c.note }),
    ),
    bases: src.bases.map((b) => unitless({ owner: b.owner, host: b.host, note: b.note })),
    trade: src.trade.map((t) =>
      unitless({ from: t.from, to: t.to, value: sig(t.value, 4), unverified: t.unverified }),
    ),
    hostility: src.hostility.map((h) => ({ from: h.from, to: h.to, value: h.value, note: h.note })),
    affinity: src.affinity.map((a) => ({ a: a.a, b: a.b, value: a.value })),
    treaties: src.treaties.map((t) =>
      unitless({
        id: t.id,
        kind: t.kind,
        name: t.name,
        members: t.members,
        directedAgainst: t.directedAgainst,
        signed: t.signed,
        sourceId: t.sourceId,
        secret: t.secret,
        unverified: t.unverified,
        note: t.note,
      }),
    ),
    history: src.history.map((h) =>
      unitless({
        actor: h.actor,
        target: h.target,
        action: h.action,
        note: h.note,
        date: h.date,
        sourceId: h.sourceId,
      }),
    ),
    crises: src.crises.map((c) =>
      unitless({
        id: c.id,
        round: c.round,
        headline: c.headline,
        description: c.description,
        instructorNote: c.instructorNote,
        events: c.events,
      }),
    ),
  };
}

function head(src: PresetSource): Json {
  return {
    formatVersion: 1,
    id: src.id,
    name: src.name,
    year: src.year,
    startDate: src.startDate,
    era: src.era,
    summary: src.summary,
    sources: src.sources,
  };
}

function tail(src: PresetSource): Json {
  return { rules: src.rules, parameters: { lambda0Km: src.lambda0Km } };
}

function buildHistorical(src: HistoricalPreset): Json {
  const rows = NMC[src.nmcYear]!;
  const world = WORLD[src.nmcYear]!;
  const milexBn = (v: number) => (src.nmcYear === 1913 ? (v * USD_PER_GBP_1913) / 1e6 : v / 1e6);
  const states = src.states.map((s) => {
    const r = rows[s.id];
    if (!r) throw new Error(`${src.id}: no NMC ${src.nmcYear} row for ${s.id}`);
    return unitless({
      id: s.id,
      name: s.name,
      cowCode: s.cowCode,
      isoNumeric: s.isoNumeric,
      playable: s.playable,
      greatPower: s.greatPower,
      pop: sig(r.tpop / 1000),
      urbanPop: sig(r.upop / 1000),
      gdp: s.gdp,
      milex: sig(milexBn(r.milex)),
      milper: r.milper,
      irst: r.irst,
      pec: r.pec,
      burden: s.burden,
      posture: s.posture,
      projection: s.projection,
      growth: s.growth,
      capital: s.capital,
      unverified: s.unverified,
      sourceIds: s.sourceIds,
    });
  });
  const sum = (k: keyof typeof world) => src.states.reduce((acc, s) => acc + rows[s.id]![k], 0);
  const restOfWorld = {
    pop: sig((world.tpop - sum("tpop")) / 1000),
    urbanPop: sig((world.upop - sum("upop")) / 1000),
    milex: sig(milexBn(world.milex - sum("milex"))),
    milper: world.milper - sum("milper"),
    irst: world.irst - sum("irst"),
    pec: world.pec - sum("pec"),
  };
  return { ...head(src), states, restOfWorld, ...relations(src, src.contiguity), ...tail(src) };
}

function buildModern(src: ModernPreset, log: string[]): Json {
  const isoById = new Map<string, string>();
  for (const s of src.states) {
    const c = byCca3.get(s.id);
    if (!c) throw new Error(`${src.id}: ${s.id} not in world-countries`);
    isoById.set(s.id, c.ccn3);
  }
  const states = src.states.map((s) => {
    const cap = CAPITALS[s.id];
    if (!cap) throw new Error(`${src.id}: no capital for ${s.id}`);
    const wcName = byCca3.get(s.id)?.capital?.[0];
    if (wcName && wcName.replace(/[.,]/g, "") !== cap.name.replace(/[.,]/g, ""))
      log.push(`capital name ${s.id}: table "${cap.name}", world-countries "${wcName}"`);
    if (!capitalInside(isoById.get(s.id)!, cap.lon, cap.lat))
      log.push(
        `WARN capital of ${s.id} (${cap.lat}, ${cap.lon}) is not inside its world-atlas polygon`,
      );
    return unitless({
      id: s.id,
      name: s.name,
      cowCode: s.cowCode,
      isoNumeric: isoById.get(s.id),
      playable: s.playable,
      greatPower: s.greatPower,
      pop: s.pop,
      urbanPop: s.urbanPop,
      gdp: s.gdp,
      milex: s.milex,
      milper: s.milper,
      irst: s.irst,
      pec: s.pec,
      burden: s.burden,
      posture: s.posture,
      projection: s.projection,
      growth: s.growth,
      capital: cap,
      unverified: s.unverified,
      sourceIds: s.sourceIds.includes("capitals-manual")
        ? s.sourceIds
        : [...s.sourceIds, "world-countries", "world-atlas", "capitals-manual"],
    });
  });
  const { pairs, notes } = landPairs(isoById);
  log.push(...notes);
  const land = [...pairs].sort().map((p) => {
    const [a, b] = p.split("|") as [string, string];
    return { a, b, code: 1 as const };
  });
  const water = src.contiguity.filter((c) => {
    const key = [c.a, c.b].sort().join("|");
    if (pairs.has(key)) log.push(`water code for ${key} ignored: the pair shares a land border`);
    return !pairs.has(key);
  });
  const sum = (k: "pop" | "urbanPop" | "gdp" | "milex" | "milper" | "irst" | "pec") =>
    src.states.reduce((acc, s) => acc + (s[k] ?? 0), 0);
  const w = src.world;
  const restOfWorld = unitless({
    pop: sig(w.pop - sum("pop")),
    urbanPop: sig(w.urbanPop - sum("urbanPop")),
    gdp: sig(w.gdp - sum("gdp")),
    milex: sig(w.milex - sum("milex")),
    milper: sig(w.milper - sum("milper")),
    irst: w.irst === undefined ? undefined : sig(w.irst - sum("irst")),
    pec: w.pec === undefined ? undefined : sig(w.pec - sum("pec")),
  });
  for (const [k, v] of Object.entries(restOfWorld))
    if ((v as number) < 0) throw new Error(`${src.id}: negative restOfWorld.${k}`);
  return {
    ...head(src),
    states,
    restOfWorld,
    ...relations(src, [...land, ...water]),
    ...tail(src),
  };
}

// ---------------------------------------------------------------- CINC cross-check
function cincCheck(src: PresetSource, scenario: Json): string[] {
  const states = scenario.states as Record<string, number | string>[];
  const row = scenario.restOfWorld as Record<string, number>;
  const comps = ["pop", "urbanPop", "milex", "milper", "irst", "pec"].filter((k) =>
    states.every((s) => typeof s[k] === "number"),
  );
  const total = (k: string) => states.reduce((a, s) => a + (s[k] as number), 0) + (row[k] ?? 0);
  const totals = Object.fromEntries(comps.map((k) => [k, total(k)]));
  const out = [
    `${src.id}: CINC from ${comps.length} components (${comps.join(", ")}) with restOfWorld`,
  ];
  for (const s of src.states) {
    const st = states.find((x) => x.id === s.id)!;
    const c = comps.reduce((a, k) => a + (st[k] as number) / totals[k]!, 0) / comps.length;
    if (s.listedCinc === undefined) {
      out.push(`  ${s.id.padEnd(4)} computed ${c.toFixed(4)}  listed   -`);
      continue;
    }
    const dev = (c - s.listedCinc) / s.listedCinc;
    const warn = Math.abs(dev) > 0.25 ? "  WARN deviation above 25%" : "";
    out.push(
      `  ${s.id.padEnd(4)} computed ${c.toFixed(4)}  listed ${s.listedCinc.toFixed(3)}  ${(dev * 100).toFixed(1).padStart(6)}%${warn}`,
    );
  }
  return out;
}

// ---------------------------------------------------------------- engine v2 attributes
/** Nuclear deterrent and scope flags (preset-sources/v2-attributes.ts), with their sources. */
function withV2(id: string, scenario: Json): Json {
  const v2 = V2_ATTRIBUTES[id];
  if (!v2) return scenario;
  const used = new Set<string>();
  const states = (scenario.states as Json[]).map((st) => {
    const sid = st.id as string;
    const nuclear = v2.nuclear[sid];
    const scope = v2.scope[sid];
    if (nuclear !== undefined && v2.nuclearSourceId) used.add(v2.nuclearSourceId);
    if (scope) used.add(scope.sourceId);
    const { unverified, sourceIds, ...rest } = st;
    return unitless({ ...rest, nuclear, scope, unverified, sourceIds });
  });
  const known = new Set((scenario.sources as { id: string }[]).map((s) => s.id));
  const extra = Object.values(V2_SOURCES).filter((s) => used.has(s.id) && !known.has(s.id));
  return { ...scenario, sources: [...(scenario.sources as Json[]), ...extra], states };
}

// ---------------------------------------------------------------- main
const presets: PresetSource[] = [
  europe1914,
  europe1939,
  coldWar1985,
  eastAsia2017,
  predatoryHegemon2026,
];
let stale = 0;
for (const src of presets) {
  const log: string[] = [];
  const scenario = withV2(
    src.id,
    src.era === "historical" ? buildHistorical(src) : buildModern(src, log),
  );
  // Written as prettier formats JSON (the repo's style); compared by content, not layout.
  const text = await format(JSON.stringify(scenario, null, 2), { parser: "json" });
  const file = join(outDir, `${src.id}.json`);
  let old = "";
  try {
    old = readFileSync(file, "utf8");
  } catch {
    old = "";
  }
  const same = old !== "" && isDeepStrictEqual(JSON.parse(old), JSON.parse(text));
  if (checkOnly) {
    if (!same) {
      stale++;
      console.log(`STALE ${file}`);
    }
  } else if (!same || old !== text) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  } else {
    console.log(`unchanged ${file}`);
  }
  for (const line of log) console.log(`  ${line}`);
  for (const line of cincCheck(src, scenario)) console.log(line);
}
if (checkOnly && stale > 0) process.exitCode = 1;

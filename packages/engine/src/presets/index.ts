/**
 * The five preset scenarios (real data, see each file's `sources`). The JSON files in
 * ./data are owned by the presets author; this module parses each one once, lazily, with
 * the same validation as any scenario file.
 */
import { parseScenario } from "../scenario/parse-scenario";
import type { ParseScenarioResult } from "../scenario/parse-scenario";
import type { Scenario } from "../scenario/schema";
import europe1914 from "./data/europe-1914.json";
import europe1939 from "./data/europe-1939.json";
import coldWar1985 from "./data/cold-war-1985.json";
import eastAsia2017 from "./data/east-asia-2017.json";
import predatoryHegemon2026 from "./data/predatory-hegemon-2026.json";

const RAW = {
  "europe-1914": europe1914 as unknown,
  "europe-1939": europe1939 as unknown,
  "cold-war-1985": coldWar1985 as unknown,
  "east-asia-2017": eastAsia2017 as unknown,
  "predatory-hegemon-2026": predatoryHegemon2026 as unknown,
} as const;

export type PresetId = keyof typeof RAW;
export const PRESET_IDS = Object.keys(RAW) as PresetId[];
export type PresetSummary = {
  id: PresetId;
  name: string;
  year: number;
  era: Scenario["era"];
  summary: string;
  states: number;
  playable: number;
};

const cache = new Map<string, ParseScenarioResult>();

/** Parse (once) and return a preset; an unknown id or a bad file is an error value. */
export function loadPreset(id: string): ParseScenarioResult {
  if (!Object.hasOwn(RAW, id))
    return {
      ok: false,
      error: {
        code: "INVALID_SCENARIO",
        message: `unknown preset "${id}" (known: ${PRESET_IDS.join(", ")})`,
        issues: [{ path: "(root)", message: "unknown preset" }],
      },
    };
  let hit = cache.get(id);
  if (!hit) {
    hit = parseScenario(RAW[id as PresetId]);
    cache.set(id, hit);
  }
  return hit;
}

export function listPresets(): PresetSummary[] {
  const out: PresetSummary[] = [];
  for (const id of PRESET_IDS) {
    const r = loadPreset(id);
    if (!r.ok) continue;
    const s = r.scenario;
    out.push({
      id,
      name: s.name,
      year: s.year,
      era: s.era,
      summary: s.summary,
      states: s.states.length,
      playable: s.states.filter((x) => x.playable).length,
    });
  }
  return out;
}

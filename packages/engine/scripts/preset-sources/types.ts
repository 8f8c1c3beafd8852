/**
 * Source-table types for scripts/build-presets.ts. The tables hold the figures per state
 * with their provenance; the build script turns them into src/presets/data/*.json.
 */
export type ActionName =
  | "sign-treaty"
  | "economic-aid"
  | "joint-exercise"
  | "lift-sanctions"
  | "demobilise"
  | "criticise"
  | "demand"
  | "tariff"
  | "break-off-talks"
  | "threaten-sanctions"
  | "threaten-force"
  | "ultimatum"
  | "threaten-annexation"
  | "mobilise"
  | "embargo"
  | "seize-assets"
  | "blockade"
  | "occupy"
  | "attack"
  | "break-treaty"
  | "demand-tribute";

export interface Capital {
  name: string;
  lat: number;
  lon: number;
}

/** Fields shared by historical and modern source states. */
interface BaseSourceState {
  id: string;
  name: string;
  cowCode?: number;
  playable: boolean;
  greatPower?: boolean;
  gdp: number;
  burden: number;
  posture: number;
  projection: number;
  growth: number;
  unverified?: string[];
  sourceIds: string[];
  /** CINC listed in THREAT-MODEL.md s.8, for the cross-check. */
  listedCinc?: number;
}

/** Historical state: the six capability components come from the NMC table (nmc.ts). */
export interface HistoricalSourceState extends BaseSourceState {
  /** Modern successor's ISO numeric, for map display only. */
  isoNumeric?: string;
  capital: Capital;
}

/** Modern state: figures given here; ISO numeric, capital coordinates and land borders are computed. */
export interface ModernSourceState extends BaseSourceState {
  pop: number;
  urbanPop: number;
  milex: number;
  milper: number;
  irst?: number;
  pec?: number;
}

export interface Relations {
  sources: { id: string; citation: string; url?: string }[];
  /** Contiguity the build script does not derive: all of it for historical presets, water codes for modern ones. */
  contiguity: {
    a: string;
    b: string;
    code: 1 | 2 | 3 | 4 | 5;
    unverified?: boolean;
    note?: string;
  }[];
  bases: { owner: string; host: string; note?: string }[];
  trade: { from: string; to: string; value: number; unverified?: boolean }[];
  hostility: { from: string; to: string; value: number; note: string }[];
  affinity: { a: string; b: string; value: number }[];
  treaties: {
    id: string;
    kind: "defence" | "trade" | "consultation" | "non-aggression";
    name: string;
    members: string[];
    directedAgainst: string[];
    signed: number;
    sourceId?: string;
    secret?: boolean;
    note?: string;
    unverified?: boolean;
  }[];
  history: {
    actor: string;
    target: string;
    action: ActionName;
    note: string;
    date?: string;
    sourceId?: string;
  }[];
  crises: {
    id: string;
    round?: number;
    headline: string;
    /** Public: students and the projector read it. */
    description: string;
    /** The designer's note to the instructor (why or when to release); never shown to students. */
    instructorNote?: string;
    events: { actor: string; target: string; action: ActionName; note: string }[];
  }[];
}

export interface PresetMeta {
  id: string;
  name: string;
  year: number;
  startDate: string;
  era: "historical" | "modern";
  summary: string;
  rules: {
    rounds: number;
    allowForce: boolean;
    defenceDominant: boolean;
    allowTribute: boolean;
    phaseSeconds: { negotiation: number; orders: number; resolution: number; news: number };
  };
  lambda0Km: number;
}

export interface HistoricalPreset extends PresetMeta, Relations {
  era: "historical";
  /** NMC year the capability figures come from. */
  nmcYear: 1913 | 1938 | 1985;
  states: HistoricalSourceState[];
}

export interface ModernPreset extends PresetMeta, Relations {
  era: "modern";
  states: ModernSourceState[];
  /** World totals of the same series, so restOfWorld = world - included states. */
  world: {
    pop: number;
    urbanPop: number;
    gdp: number;
    milex: number;
    milper: number;
    irst?: number;
    pec?: number;
  };
  worldNote: string;
}

export type PresetSource = HistoricalPreset | ModernPreset;

export { CoalitionMap } from "./coalition-map";
export type { CoalitionMapProps } from "./coalition-map";
export { BLOC_TIES, coalitionBlocs, linksFor, snapshotFromGame, snapshotFromView } from "./model";
export type {
  CoalitionBloc,
  CoalitionLink,
  CoalitionPact,
  CoalitionSnapshot,
  CoalitionState,
  LinkKind,
  SnapshotOptions,
  ThreatArrow,
  TreatyLike,
} from "./model";
export { HISTORICAL_TERRITORIES, historicalTerritory } from "./historical-territories";
export { BLOC_COLOURS } from "./palette";

// Types and helpers the map and network layers share.
import type { DrawnLink } from "./derive";
import type { CoalitionSnapshot, ThreatArrow } from "./model";
import { blocStyle } from "./palette";

export type Point = { x: number; y: number };

export const fillFor = (n: number | undefined, uid: string) => {
  const s = blocStyle(n);
  return s.pattern === "none" ? s.colour : `url(#${uid}-pat-${n})`;
};

export type LayerProps = {
  snapshot: CoalitionSnapshot;
  blocOf: Map<string, number>;
  links: DrawnLink[];
  threats: ThreatArrow[];
  width: number;
  height: number;
  fontSize: number;
  tooltip: (id: string) => string;
  onFocusState: (id: string | null) => void;
  uid: string;
};

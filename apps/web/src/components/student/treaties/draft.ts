// The treaty builder's draft: what the form holds, and how a proposal is turned back into
// one for an amendment.
import type { Proposal, TreatyKind } from "@threatscape/engine";

export type Draft = {
  kind: TreatyKind;
  name: string;
  /** Other members (I am always one). */
  members: string[];
  against: string[];
  /** Percent of tariffs removed (trade pacts). */
  tariffCut: number;
  /** Rounds; "" = indefinite. */
  duration: string;
  secret: boolean;
  basing: { owner: string; host: string }[];
};

export const EMPTY: Draft = {
  kind: "defence",
  name: "",
  members: [],
  against: [],
  tariffCut: 100,
  duration: "",
  secret: false,
  basing: [],
};

export const KIND_HELP: Record<TreatyKind, string> = {
  defence: "Members defend each other: hard balancing. Threats to an ally count as threats to you.",
  trade: "Members cut tariffs on each other's goods: trade grows, dependence shifts.",
  consultation: "Members consult in a crisis: soft balancing without a military commitment.",
  "non-aggression": "Members promise not to attack or coerce each other.",
};

export function draftFrom(p: Proposal, me: string): Draft {
  return {
    kind: p.terms.kind,
    name: p.terms.name,
    members: p.terms.members.filter((m) => m !== me),
    against: [...p.terms.directedAgainst],
    tariffCut: Math.round((p.terms.kind === "trade" ? p.terms.tariffCut : 1) * 100),
    duration: p.terms.duration === null ? "" : String(p.terms.duration),
    secret: p.terms.secret,
    basing: p.terms.basing.map((b) => ({ ...b })),
  };
}

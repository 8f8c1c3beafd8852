"use client";
// The network layer (force-directed layout of the same coalitions) and the pact links and
// threat arrows both layers draw.
import { useMemo } from "react";
import styles from "./coalition-map.module.css";
import { kindWord } from "./derive";
import type { DrawnLink } from "./derive";
import { arcPath, arcPoint, placeLabels } from "./geo";
import { useTextMeasure } from "./use-text-measure";
import type { ThreatArrow } from "./model";
import { computeNetworkLayout } from "./network-layout";
import { LINK_STYLES } from "./palette";
import type { LayerProps, Point } from "./layer-types";
import { StateMark } from "./state-mark";

export function NetworkLayer({
  snapshot,
  blocOf,
  links,
  threats,
  width,
  height,
  fontSize,
  tooltip,
  onFocusState,
  uid,
}: LayerProps) {
  const linkKey = links.map((l) => `${l.a}|${l.b}|${l.kind}`).join(",");
  const statesKey = snapshot.states
    .map((s) => `${s.id}:${s.capital.lat},${s.capital.lon}:${s.size ?? ""}`)
    .join("|");
  const nodes = useMemo(
    () => computeNetworkLayout(snapshot.states, snapshot.links, width, height),
    // The keys stand for states and links.
    [statesKey, linkKey, width, height],
  );
  const measure = useTextMeasure(fontSize);
  const labels = useMemo(() => {
    const items = snapshot.states.flatMap((s) => {
      const n = nodes.get(s.id);
      return n ? [{ id: s.id, x: n.x, y: n.y, text: s.name, r: n.r }] : [];
    });
    return placeLabels(items, fontSize, width, height, measure);
    // Labels depend on names and layout only.
  }, [nodes, fontSize, width, height, measure]);
  const at = (id: string): Point | undefined => nodes.get(id);
  return (
    <g>
      <rect width={width} height={height} className={styles.networkBg} />
      <Links links={links} at={at} bendScale={0.5} />
      <Threats threats={threats} at={at} uid={uid} stopAt={(id) => (nodes.get(id)?.r ?? 8) + 4} />
      {snapshot.states.map((s) => {
        const n = nodes.get(s.id);
        const box = labels.get(s.id);
        if (!n || !box) return null;
        return (
          <StateMark
            key={s.id}
            id={s.id}
            name={s.name}
            at={n}
            box={box}
            bloc={blocOf.get(s.id)}
            badgeInNode
            marker
            r={n.r}
            you={s.id === snapshot.highlightStateId}
            pinned={null}
            fontSize={fontSize}
            tooltip={tooltip(s.id)}
            onFocusState={onFocusState}
            uid={uid}
          />
        );
      })}
    </g>
  );
}

export function Links({
  links,
  at,
  bendScale = 1,
}: {
  links: DrawnLink[];
  at: (id: string) => Point | undefined;
  bendScale?: number;
}) {
  return (
    <g fill="none" strokeLinecap="round">
      {links.map((l) => {
        const a = at(l.a),
          b = at(l.b);
        if (!a || !b) return null;
        const st = LINK_STYLES[l.style === "dotted" ? "consultation" : l.style];
        const d = arcPath(a, b, l.bend * bendScale);
        return (
          <g key={l.key} className={styles.link} data-style={l.style}>
            <path d={d} className={styles.linkHalo} strokeWidth={st.width + 3} />
            <path
              d={d}
              className={styles.linkLine}
              strokeWidth={st.width}
              strokeDasharray={st.dash}
            >
              <title>{`${l.names.join("; ")} (${kindWord(l.kind)})`}</title>
            </path>
          </g>
        );
      })}
    </g>
  );
}

export function Threats({
  threats,
  at,
  stopAt,
  uid,
}: {
  threats: ThreatArrow[];
  at: (id: string) => Point | undefined;
  stopAt?: (id: string) => number;
  uid: string;
}) {
  return (
    <g fill="none">
      {threats.map((t) => {
        const a = at(t.from),
          b = at(t.to);
        if (!a || !b) return null;
        // Bend the other way from the links, and stop short of the perceiver's dot so the head shows.
        const bend = -0.18;
        const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const end = arcPoint(a, b, bend, Math.max(0.5, 1 - ((stopAt?.(t.to) ?? 10) + 2) / len));
        const start = arcPoint(a, b, bend, Math.min(0.3, ((stopAt?.(t.from) ?? 6) + 2) / len));
        const w = 1.5 + (Math.min(100, t.value) / 100) * 6;
        return (
          <path
            key={`${t.from}>${t.to}`}
            d={arcPath(start, end, bend)}
            className={styles.threat}
            strokeWidth={w}
            markerEnd={`url(#${uid}-arrow)`}
          >
            <title>{`Threat ${Math.round(t.value)} / 100`}</title>
          </path>
        );
      })}
    </g>
  );
}

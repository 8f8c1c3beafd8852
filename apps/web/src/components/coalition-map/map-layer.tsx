"use client";
// The world-map layer: bloc fills (with hatch patterns past seven blocs), pact links, threat
// arrows and state marks over the Natural Earth atlas, loaded on demand (geo.ts).
import { memo, useEffect, useMemo, useState } from "react";
import styles from "./coalition-map.module.css";
import { computeMapGeometry, hasAtlas, loadAtlas, placeLabels, withPins } from "./geo";
import { mapLabelItems } from "./labels";
import { useTextMeasure } from "./use-text-measure";
import type { MapGeometry } from "./geo";
import { OUTSIDE, OUTSIDE_STROKE, THREAT_COLOUR } from "./palette";
import type { BlocStyle } from "./palette";
import { fillFor, type LayerProps, type Point } from "./layer-types";
import { Links, Threats } from "./network-layer";
import { StateMark } from "./state-mark";

/** Hatch patterns per bloc colour, and the threat arrowhead. */
export function Defs({
  styles: used,
  uid,
}: {
  styles: ({ n: number } & BlocStyle)[];
  uid: string;
}) {
  return (
    <defs>
      {used
        .filter((s) => s.pattern !== "none")
        .map((s) => (
          <pattern
            key={s.n}
            id={`${uid}-pat-${s.n}`}
            patternUnits="userSpaceOnUse"
            width="8"
            height="8"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill={s.colour} />
            {s.pattern === "stripes" ? (
              <rect width="3" height="8" fill="#ffffff" opacity="0.55" />
            ) : (
              <circle cx="4" cy="4" r="1.6" fill="#10243e" opacity="0.45" />
            )}
          </pattern>
        ))}
      <marker
        id={`${uid}-arrow`}
        viewBox="0 0 10 10"
        refX="8"
        refY="5"
        markerWidth="4"
        markerHeight="4"
        orient="auto-start-reverse"
        markerUnits="strokeWidth"
      >
        <path d="M0,0L10,5L0,10z" fill={THREAT_COLOUR} />
      </marker>
    </defs>
  );
}

/** Countries: path strings are memoised with the geometry, so a recolour re-renders fills only. */
const Countries = memo(function Countries({
  geometry,
  fills,
  highlight,
}: {
  geometry: MapGeometry;
  fills: Map<string, string>;
  highlight: Set<string>;
}) {
  return (
    <g>
      {geometry.countries.map((c) => {
        const fill = fills.get(c.key);
        return (
          <path
            key={c.key}
            d={c.d}
            className={fill ? styles.scenarioCountry : styles.country}
            fill={fill ?? OUTSIDE}
            stroke={fill ? "#ffffff" : OUTSIDE_STROKE}
          />
        );
      })}
      {geometry.countries
        .filter((c) => highlight.has(c.key))
        .map((c) => (
          <path key={`hl-${c.key}`} d={c.d} className={styles.highlightOutline} />
        ))}
    </g>
  );
});

/** Re-renders its caller when `resolution` has loaded (the atlas is not in the first-load JS). */
function useAtlas(resolution: "110m" | "50m" | null): boolean {
  const [, setLoaded] = useState(0);
  const ready = resolution === null || hasAtlas(resolution);
  useEffect(() => {
    if (ready || resolution === null) return;
    let live = true;
    loadAtlas(resolution).then(
      () => live && setLoaded((n) => n + 1),
      () => {}, // offline or a failed chunk: the map stays a sea; the table view still works
    );
    return () => {
      live = false;
    };
  }, [ready, resolution]);
  return ready;
}

/** Draws the sea until the coarse atlas has arrived, then the map. */
export function MapLayer(props: LayerProps) {
  const ready = useAtlas("110m");
  if (!ready) return <rect width={props.width} height={props.height} className={styles.sea} />;
  return <LoadedMapLayer {...props} />;
}

function LoadedMapLayer({
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
  // Key on what the geometry depends on (ids, polygons, capitals), not on object identity.
  const statesKey = snapshot.states
    .map(
      (s) =>
        `${s.id}:${s.isoNumeric ?? ""}:${s.capital.lat},${s.capital.lon}:${s.playable ? 1 : 0}`,
    )
    .join("|");
  const [finer, setFiner] = useState<"50m" | null>(null);
  const finerReady = useAtlas(finer);
  const geometry = useMemo(
    () =>
      computeMapGeometry(
        { states: snapshot.states, era: snapshot.era, year: snapshot.year },
        width,
        height,
      ),
    // statesKey stands for snapshot.states (a new array on every update); finerReady
    // recomputes once the 50m atlas a regional view asked for has landed.
    [statesKey, snapshot.era, snapshot.year, width, height, finerReady],
  );
  useEffect(() => {
    if (geometry.wanted === "50m" && geometry.resolution !== "50m") setFiner("50m");
  }, [geometry.wanted, geometry.resolution]);
  // Treaties only steer where far states are pinned: cheap, after the memoised geometry.
  const placed = useMemo(() => withPins(geometry, snapshot.links), [geometry, snapshot.links]);
  const fills = useMemo(() => {
    const m = new Map<string, string>();
    for (const [key, id] of geometry.owner) m.set(key, fillFor(blocOf.get(id), uid));
    return m;
  }, [geometry, blocOf, uid]);
  const highlight = useMemo(
    () =>
      new Set(
        snapshot.highlightStateId ? (placed.get(snapshot.highlightStateId)?.features ?? []) : [],
      ),
    [placed, snapshot.highlightStateId],
  );
  const measure = useTextMeasure(fontSize);
  const labels = useMemo(() => {
    const items = mapLabelItems(snapshot.states, placed);
    return placeLabels(items, fontSize, width, height, measure);
    // Labels depend on names and positions only.
  }, [placed, fontSize, measure, snapshot.states.map((s) => s.name).join("|")]);

  const at = (id: string): Point | undefined => placed.get(id);
  return (
    <g>
      <rect width={width} height={height} className={styles.sea} />
      <Countries geometry={geometry} fills={fills} highlight={highlight} />
      <Links links={links} at={at} />
      <Threats threats={threats} at={at} uid={uid} />
      {snapshot.states.map((s) => {
        const p = placed.get(s.id);
        const box = labels.get(s.id);
        if (!p || !box) return null;
        const marker = p.features.length === 0 || p.pinned !== null;
        return (
          <StateMark
            key={s.id}
            id={s.id}
            name={s.name}
            at={p}
            box={box}
            bloc={blocOf.get(s.id)}
            marker={marker}
            r={marker ? 9 : 4.5}
            you={s.id === snapshot.highlightStateId}
            pinned={p.pinned}
            fontSize={fontSize}
            tooltip={
              tooltip(s.id) +
              (p.territory && p.territory !== s.name ? `\nDrawn as: ${p.territory}` : "") +
              (p.pinned ? "\nOff the map to the " + p.pinned : "")
            }
            onFocusState={onFocusState}
            uid={uid}
          />
        );
      })}
    </g>
  );
}

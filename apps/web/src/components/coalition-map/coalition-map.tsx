"use client";
/**
 * The live coalition map: a world map (d3-geo over bundled Natural Earth polygons) or a
 * force-directed network of the same coalitions, a legend, and a table that is always in
 * the DOM for screen readers and can be shown with "Table view". Geometry and layout are
 * memoised on the states and the frame size; an update (new pact, new bloc) only
 * recolours and redraws the links.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { CSSProperties, ReactNode } from "react";
import styles from "./coalition-map.module.css";
import { blocNumbers, drawnLinks, summary, treatiesByState, visibleThreats } from "./derive";
import type { CoalitionSnapshot } from "./model";
import { blocStyle } from "./palette";
import { Defs, MapLayer } from "./map-layer";
import { NetworkLayer } from "./network-layer";
import { CoalitionTable, FocusCard, Legend } from "./map-legend";

export type CoalitionMapProps = {
  snapshot: CoalitionSnapshot;
  mode?: "map" | "network";
  /** Draw threat arrows (threatening state -> perceiver) above `threatThreshold`. */
  showThreats?: boolean;
  threatThreshold?: number;
  /** Height of the drawing: px, or any CSS length ("60vh"); the width follows the container. */
  height?: number | string;
  /** Visible heading above the drawing. */
  heading?: ReactNode;
  className?: string;
  /** Read from the back of a classroom (projector): names and bloc numbers at least 28 px at 1920 px wide. */
  projector?: boolean;
};

const DEFAULT_WIDTH = 1200;

function useFrameSize(height: number | string | undefined) {
  const ref = useRef<HTMLDivElement>(null);
  // The server renders at a default size; the client measures and re-lays out once.
  const [size, setSize] = useState({
    w: DEFAULT_WIDTH,
    h: typeof height === "number" ? height : 600,
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const w = Math.round(r.width),
        h = Math.round(r.height);
      if (w > 0 && h > 0)
        setSize((s) => (Math.abs(s.w - w) > 1 || Math.abs(s.h - h) > 1 ? { w, h } : s));
    };
    measure();
    // Refitting the projection costs ~100 ms: follow a window drag at most every 150 ms.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ro = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(measure, 150);
    });
    ro.observe(el);
    return () => {
      clearTimeout(timer);
      ro.disconnect();
    };
  }, []);
  return { ref, ...size };
}

export function CoalitionMap({
  snapshot,
  mode = "map",
  showThreats = false,
  threatThreshold = 20,
  height = 560,
  heading,
  className,
  projector = false,
}: CoalitionMapProps) {
  const [tableView, setTableView] = useState(false);
  const [focused, setFocused] = useState<string | null>(null);
  // Two maps on one page must not share pattern ids (a hidden one would break the other's fills).
  const uid = `cm${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const frame = useFrameSize(height);
  const fontSize = projector
    ? // The same share of the screen's width at any resolution: 30 px on a 1920 px projector
      // (at least 28 px, issue 13), 21 px on 1366 px, where 30 px names would crowd the map.
      Math.round(Math.min(40, Math.max(18, frame.w / 42)))
    : Math.round(Math.min(20, Math.max(12.5, frame.w / 92)) * 10) / 10;

  const blocOf = useMemo(() => blocNumbers(snapshot), [snapshot]);
  const treaties = useMemo(() => treatiesByState(snapshot), [snapshot]);
  const links = useMemo(() => drawnLinks(snapshot.links), [snapshot.links]);
  const threats = useMemo(
    () => (showThreats ? visibleThreats(snapshot, threatThreshold) : []),
    [showThreats, snapshot, threatThreshold],
  );
  const label = useMemo(() => summary(snapshot, mode), [snapshot, mode]);
  const names = useMemo(
    () => new Map(snapshot.states.map((s) => [s.id, s.name])),
    [snapshot.states],
  );
  const usedStyles = useMemo(
    () => [...new Set(snapshot.blocs.map((b) => b.number))].map((n) => ({ n, ...blocStyle(n) })),
    [snapshot.blocs],
  );

  const frameStyle: CSSProperties = {
    height: typeof height === "number" ? `${height}px` : height,
    ["--cm-font" as string]: `${fontSize}px`,
  };
  const tooltip = (id: string) => {
    const s = snapshot.states.find((x) => x.id === id);
    const n = blocOf.get(id);
    const t = treaties.get(id) ?? [];
    return `${s?.name ?? id}${id === snapshot.highlightStateId ? " (you)" : ""}\n${n ? `Bloc ${n}` : "Unaligned"}${t.length ? `\nTreaties: ${t.join("; ")}` : "\nNo treaties"}`;
  };

  return (
    <figure className={[styles.root, className].filter(Boolean).join(" ")} data-mode={mode}>
      <div className={styles.toolbar}>
        {heading ? <div className={styles.heading}>{heading}</div> : <span />}
        <button
          type="button"
          className={styles.toggle}
          aria-pressed={tableView}
          onClick={() => setTableView((v) => !v)}
        >
          {tableView ? (mode === "map" ? "Show map" : "Show network") : "Table view"}
        </button>
      </div>
      <div ref={frame.ref} className={styles.frame} style={frameStyle} hidden={tableView}>
        <svg
          className={styles.svg}
          viewBox={`0 0 ${frame.w} ${frame.h}`}
          width="100%"
          height="100%"
          role="img"
          aria-label={label}
          preserveAspectRatio="xMidYMid meet"
        >
          <Defs styles={usedStyles} uid={uid} />
          {mode === "map" ? (
            <MapLayer
              snapshot={snapshot}
              blocOf={blocOf}
              links={links}
              threats={threats}
              width={frame.w}
              height={frame.h}
              fontSize={fontSize}
              tooltip={tooltip}
              onFocusState={setFocused}
              uid={uid}
            />
          ) : (
            <NetworkLayer
              snapshot={snapshot}
              blocOf={blocOf}
              links={links}
              threats={threats}
              width={frame.w}
              height={frame.h}
              fontSize={fontSize}
              tooltip={tooltip}
              onFocusState={setFocused}
              uid={uid}
            />
          )}
        </svg>
        {focused && !tableView ? (
          <FocusCard id={focused} snapshot={snapshot} tooltip={tooltip} />
        ) : null}
      </div>
      {tableView ? null : (
        <Legend
          snapshot={snapshot}
          names={names}
          showThreats={showThreats && threats.length > 0}
          threatThreshold={threatThreshold}
        />
      )}
      <CoalitionTable snapshot={snapshot} names={names} visible={tableView} threats={threats} />
    </figure>
  );
}

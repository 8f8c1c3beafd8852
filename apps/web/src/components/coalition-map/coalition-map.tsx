"use client";
/**
 * The live coalition map: a world map (d3-geo over bundled Natural Earth polygons) or a
 * force-directed network of the same coalitions, a legend, and a table that is always in
 * the DOM for screen readers and can be shown with "Table view". Geometry and layout are
 * memoised on the states and the frame size; an update (new pact, new bloc) only
 * recolours and redraws the links.
 */
import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import type { CSSProperties, ReactNode } from "react";
import styles from "./coalition-map.module.css";
import {
  blocNumbers,
  drawnLinks,
  kindWord,
  summary,
  treatiesByState,
  visibleThreats,
} from "./derive";
import type { DrawnLink } from "./derive";
import {
  arcPath,
  arcPoint,
  computeMapGeometry,
  hasAtlas,
  loadAtlas,
  placeLabels,
  withPins,
} from "./geo";
import type { LabelBox, MapGeometry } from "./geo";
import type { CoalitionSnapshot, ThreatArrow } from "./model";
import { computeNetworkLayout } from "./network-layout";
import { LINK_STYLES, OUTSIDE, OUTSIDE_STROKE, THREAT_COLOUR, blocStyle } from "./palette";
import type { BlocStyle } from "./palette";

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
  /** Read from the back of a classroom (projector): names and bloc numbers at least 28 px. */
  projector?: boolean;
};

type Point = { x: number; y: number };
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
    ? Math.round(Math.min(40, Math.max(30, frame.w / 56)))
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

/** Hatch patterns per bloc colour, and the threat arrowhead. */
function Defs({ styles: used, uid }: { styles: ({ n: number } & BlocStyle)[]; uid: string }) {
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

const fillFor = (n: number | undefined, uid: string) => {
  const s = blocStyle(n);
  return s.pattern === "none" ? s.colour : `url(#${uid}-pat-${n})`;
};

type LayerProps = {
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
function MapLayer(props: LayerProps) {
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
  const labels = useMemo(() => {
    const order = [...snapshot.states].sort(
      (a, b) => Number(b.playable) - Number(a.playable) || (b.size ?? 0) - (a.size ?? 0),
    );
    const items = order.flatMap((s) => {
      const p = placed.get(s.id);
      return p
        ? [
            {
              id: s.id,
              x: p.x,
              y: p.y,
              text: s.name,
              r: p.features.length === 0 || p.pinned ? 9 : 5,
            },
          ]
        : [];
    });
    return placeLabels(items, fontSize, width, height);
    // Labels depend on names and positions only.
  }, [placed, fontSize, snapshot.states.map((s) => s.name).join("|")]);

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

function NetworkLayer({
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
  const labels = useMemo(() => {
    const items = snapshot.states.flatMap((s) => {
      const n = nodes.get(s.id);
      return n ? [{ id: s.id, x: n.x, y: n.y, text: s.name, r: n.r }] : [];
    });
    return placeLabels(items, fontSize, width, height);
    // Labels depend on names and layout only.
  }, [nodes, fontSize, width, height]);
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

function Links({
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

function Threats({
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

type StateMarkProps = {
  id: string;
  name: string;
  at: Point;
  box: LabelBox;
  bloc: number | undefined;
  marker: boolean;
  r: number;
  you: boolean;
  pinned: "west" | "east" | null;
  fontSize: number;
  tooltip: string;
  onFocusState: (id: string | null) => void;
  uid: string;
  /** Network nodes carry their bloc number inside the circle instead of a badge by the name. */
  badgeInNode?: boolean;
};

function StateMark({
  id,
  name,
  at,
  box,
  bloc: blocNumber,
  marker,
  r,
  you,
  pinned,
  fontSize,
  tooltip,
  onFocusState,
  uid,
  badgeInNode = false,
}: StateMarkProps) {
  const bloc = badgeInNode ? undefined : blocNumber;
  const st = blocStyle(blocNumber);
  // Projector sizes (names of 28 px or more) keep the bloc number at 28 px or more too.
  const badgeFont = fontSize >= 28 ? Math.max(28, fontSize * 0.78) : fontSize * 0.78;
  const badgeR = Math.max(fontSize * 0.62, badgeFont * 0.72);
  // Badge sits before the name (after it for right-anchored labels, so it stays next to the dot).
  // Without a badge (unaligned) the name moves up against the dot.
  const gap = bloc ? badgeR * 2 + 4 : 0;
  const textX = box.anchor === "start" ? box.x + gap : box.anchor === "end" ? box.x - gap : box.x;
  const badgeX =
    box.anchor === "start"
      ? box.x + badgeR
      : box.anchor === "end"
        ? box.x - badgeR
        : box.x - box.w / 2 + badgeR;
  const anchor = box.anchor === "middle" ? (bloc ? "start" : "middle") : box.anchor;
  const middleTextX = bloc ? box.x - box.w / 2 + gap : box.x;
  return (
    <g
      className={styles.state}
      tabIndex={0}
      data-state={id}
      onFocus={() => onFocusState(id)}
      onBlur={() => onFocusState(null)}
    >
      <title>{tooltip}</title>
      {pinned ? (
        <path
          d={
            pinned === "west"
              ? `M${at.x - r - 10},${at.y}l9,-6v12z`
              : `M${at.x + r + 10},${at.y}l-9,-6v12z`
          }
          className={styles.pinArrow}
        />
      ) : null}
      <circle
        cx={at.x}
        cy={at.y}
        r={r}
        className={marker ? styles.marker : styles.dot}
        fill={marker ? fillFor(blocNumber, uid) : "#ffffff"}
        data-you={you || undefined}
      />
      {badgeInNode && blocNumber ? (
        <text
          x={at.x}
          y={at.y}
          className={styles.nodeNumber}
          fill={st.text}
          fontSize={Math.max(fontSize * 0.9, Math.min(r * 0.9, fontSize * 1.5))}
          textAnchor="middle"
          dominantBaseline="central"
          aria-hidden="true"
        >
          {blocNumber}
        </text>
      ) : null}
      {bloc && !box.hidden ? (
        <g aria-hidden="true">
          <circle cx={badgeX} cy={box.y} r={badgeR} fill={st.colour} className={styles.badge} />
          <text
            x={badgeX}
            y={box.y}
            className={styles.badgeText}
            fill={st.text}
            fontSize={badgeFont}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {bloc}
          </text>
        </g>
      ) : null}
      {box.hidden ? null : (
        <text
          x={box.anchor === "middle" ? middleTextX : textX}
          y={box.y}
          className={styles.label}
          data-you={you || undefined}
          fontSize={fontSize}
          textAnchor={anchor}
          dominantBaseline="central"
        >
          {name}
        </text>
      )}
    </g>
  );
}

function FocusCard({
  id,
  tooltip,
}: {
  id: string;
  snapshot: CoalitionSnapshot;
  tooltip: (id: string) => string;
}) {
  const [title, ...lines] = tooltip(id).split("\n");
  return (
    <div className={styles.focusCard} role="status">
      <strong>{title}</strong>
      {lines.map((l) => (
        <span key={l}>{l}</span>
      ))}
    </div>
  );
}

function Legend({
  snapshot,
  names,
  showThreats,
  threatThreshold,
}: {
  snapshot: CoalitionSnapshot;
  names: Map<string, string>;
  showThreats: boolean;
  threatThreshold: number;
}) {
  const inBloc = new Set(snapshot.blocs.flatMap((b) => b.members));
  const unaligned = snapshot.states.filter((s) => !inBloc.has(s.id));
  const kinds = new Set(
    snapshot.links.map((l) => (l.kind === "non-aggression" ? "consultation" : l.kind)),
  );
  return (
    <div className={styles.legend} aria-hidden="true">
      <ul className={styles.legendBlocs}>
        {snapshot.blocs.map((b) => {
          const st = blocStyle(b.number);
          return (
            <li key={b.id}>
              <span
                className={styles.swatch}
                style={{
                  background:
                    st.pattern === "stripes"
                      ? `repeating-linear-gradient(45deg, ${st.colour} 0 5px, #ffffffaa 5px 8px)`
                      : st.colour,
                  color: st.text,
                }}
              >
                {b.number}
              </span>
              <span>{b.members.map((m) => names.get(m) ?? m).join(", ")}</span>
            </li>
          );
        })}
        {unaligned.length ? (
          <li>
            <span className={styles.swatch} style={{ background: blocStyle(null).colour }} />
            <span>
              Unaligned{unaligned.length <= 6 ? `: ${unaligned.map((s) => s.name).join(", ")}` : ""}
            </span>
          </li>
        ) : null}
      </ul>
      <ul className={styles.legendLinks}>
        {(["defence", "trade", "consultation"] as const)
          .filter((k) => kinds.has(k))
          .map((k) => (
            <li key={k}>
              <svg width="36" height="12" aria-hidden="true">
                <line
                  x1="3"
                  y1="6"
                  x2="33"
                  y2="6"
                  className={styles.legendLine}
                  strokeWidth={LINK_STYLES[k].width}
                  strokeDasharray={LINK_STYLES[k].dash}
                />
              </svg>
              {k === "consultation" ? "Consultation / non-aggression" : LINK_STYLES[k].label}
            </li>
          ))}
        {showThreats ? (
          <li>
            <svg width="36" height="12" aria-hidden="true">
              <line x1="3" y1="6" x2="25" y2="6" stroke={THREAT_COLOUR} strokeWidth="3" />
              <path d="M24,1L34,6L24,11z" fill={THREAT_COLOUR} />
            </svg>
            {`Threat (${threatThreshold}+ of 100)`}
          </li>
        ) : null}
        {snapshot.highlightStateId ? (
          <li>
            <span className={styles.youSwatch} />
            You
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** The text alternative: always in the DOM (visually hidden unless "Table view" is on). */
function CoalitionTable({
  snapshot,
  names,
  visible,
  threats,
}: {
  snapshot: CoalitionSnapshot;
  names: Map<string, string>;
  visible: boolean;
  threats: ThreatArrow[];
}) {
  const inBloc = new Set(snapshot.blocs.flatMap((b) => b.members));
  const unaligned = snapshot.states.filter((s) => !inBloc.has(s.id));
  const pacts =
    snapshot.pacts ??
    snapshot.links.map((l) => ({
      id: `${l.treatyId}:${l.a}:${l.b}`,
      name: l.name,
      kind: l.kind,
      members: [l.a, l.b],
    }));
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <div className={visible ? styles.tables : styles.srOnly}>
      <table className={styles.table}>
        <caption>Alliance blocs (connected by defence pacts)</caption>
        <thead>
          <tr>
            <th scope="col">Bloc</th>
            <th scope="col">Members</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.blocs.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <span
                  className={styles.swatch}
                  style={{
                    background: blocStyle(b.number).colour,
                    color: blocStyle(b.number).text,
                  }}
                >
                  {b.number}
                </span>
                {` Bloc ${b.number}`}
              </th>
              <td>{b.members.map(nameOf).join(", ")}</td>
            </tr>
          ))}
          {unaligned.length ? (
            <tr>
              <th scope="row">Unaligned</th>
              <td>
                {unaligned
                  .map((s) => s.name + (s.id === snapshot.highlightStateId ? " (you)" : ""))
                  .join(", ")}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <table className={styles.table}>
        <caption>Treaties in force</caption>
        <thead>
          <tr>
            <th scope="col">Treaty</th>
            <th scope="col">Kind</th>
            <th scope="col">Members</th>
          </tr>
        </thead>
        <tbody>
          {pacts.length === 0 ? (
            <tr>
              <td colSpan={3}>None</td>
            </tr>
          ) : (
            pacts.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td>{kindWord(p.kind)}</td>
                <td>{p.members.map(nameOf).join(", ")}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {threats.length ? (
        <table className={styles.table}>
          <caption>Threats shown</caption>
          <thead>
            <tr>
              <th scope="col">Perceived by</th>
              <th scope="col">Threat from</th>
              <th scope="col">Level (0-100)</th>
            </tr>
          </thead>
          <tbody>
            {threats.map((t) => (
              <tr key={`${t.from}>${t.to}`}>
                <th scope="row">{nameOf(t.to)}</th>
                <td>{nameOf(t.from)}</td>
                <td>{Math.round(t.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

"use client";
// One state on the map or network: its dot (or node), name and bloc badge, placed by the
// label placer (labels.ts placeLabels) so labels do not collide; a label moved off its state
// is joined to its dot by a leader line.
import styles from "./coalition-map.module.css";
import { badgeMetrics, type LabelBox } from "./labels";
import { blocStyle } from "./palette";
import { fillFor, type Point } from "./layer-types";

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

export function StateMark({
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
  const { font: badgeFont, r: badgeR } = badgeMetrics(fontSize);
  // The leader line starts at the dot's edge, towards the label.
  const leaderLen = box.leader ? Math.hypot(box.leader.x - at.x, box.leader.y - at.y) || 1 : 1;
  const leaderDir = box.leader
    ? { x: (box.leader.x - at.x) / leaderLen, y: (box.leader.y - at.y) / leaderLen }
    : { x: 0, y: 0 };
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
      {box.leader && !box.hidden ? (
        // A white halo under the ink line, as links have (no SVG filter: a filter's region is
        // the element's bounding box, empty for a vertical or horizontal line).
        <g data-leader={id}>
          {[styles.leaderHalo, styles.leader].map((className) => (
            <line
              key={className}
              x1={at.x + (r + 1) * leaderDir.x}
              y1={at.y + (r + 1) * leaderDir.y}
              x2={box.leader!.x}
              y2={box.leader!.y}
              className={className}
            />
          ))}
        </g>
      ) : null}
      {box.hidden ? null : (
        <g data-label={id}>
          {bloc ? (
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
        </g>
      )}
    </g>
  );
}

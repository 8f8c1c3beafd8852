"use client";
// One state on the map or network: its dot (or node), name and bloc badge, placed by the
// label placer (geo.ts placeLabels) so labels do not collide.
import styles from "./coalition-map.module.css";
import type { LabelBox } from "./geo";
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

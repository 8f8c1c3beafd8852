"use client";
// What every debrief chart shares: axis ticks, legend entries in ink, and the data table
// that carries each chart's numbers for screen readers and keyboard users.
import type { ReactNode } from "react";
import analysisStyles from "./analysis.module.css";
import { TableFrame } from "./table-frame";

export const axis = { fontSize: 12, fill: "#3d5170" };
/**
 * Legend entries in ink, not in their series colour: several series colours are below 4.5:1
 * on white as text (defect 8); the swatch beside each entry still carries the colour.
 */
// Each chart is drawn for sighted readers beside a data table that carries the same numbers;
// its wrapper is `inert` (not only aria-hidden) so recharts' focusable surface leaves the tab
// order too (axe aria-hidden-focus).
export const legendText = (value: unknown) => (
  <span className={analysisStyles.legendText}>{String(value)}</span>
);

export function DataTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <details className={analysisStyles.details}>
      <summary>Show the data</summary>
      <TableFrame caption={caption}>{children}</TableFrame>
    </details>
  );
}

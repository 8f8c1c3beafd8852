"use client";
// The debrief's charts, loaded after first paint: recharts is ~130 KB gzip, more than the rest
// of the debrief page together, and every chart sits below the headline cards.
import dynamic from "next/dynamic";

const loading = () => <p role="status">Loading chart…</p>;

export const AccuracyChart = dynamic(() => import("./charts").then((m) => m.AccuracyChart), {
  ssr: false,
  loading,
});
export const ScoresChart = dynamic(() => import("./charts").then((m) => m.ScoresChart), {
  ssr: false,
  loading,
});
export const ThreatChart = dynamic(() => import("./charts").then((m) => m.ThreatChart), {
  ssr: false,
  loading,
});
export const LabelledScatter = dynamic(() => import("./charts").then((m) => m.LabelledScatter), {
  ssr: false,
  loading,
});

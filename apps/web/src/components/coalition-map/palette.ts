/**
 * Okabe-Ito (2008), the palette designed to stay distinguishable under the common colour
 * vision deficiencies. Black is left out (it is the ink colour). Beyond seven blocs the
 * colours repeat with a hatch pattern, and every bloc also carries its number, so colour
 * is never the only cue.
 */
export const BLOC_COLOURS = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
] as const;

/** Unaligned scenario states. */
export const UNALIGNED = "#a7adb5";
/** Countries outside the scenario. */
export const OUTSIDE = "#ebe8e1";
export const OUTSIDE_STROKE = "#d3cec2";

/** Hatch patterns: none for the first round of colours, then stripes, so repeated colours differ. */
export const PATTERNS = ["none", "stripes", "dots"] as const;
export type BlocPattern = (typeof PATTERNS)[number];

export type BlocStyle = {
  colour: string;
  pattern: BlocPattern;
  /** Text on the colour (WCAG contrast). */ text: string;
};

// Dark text on the light Okabe-Ito colours, white on the two dark ones (blue, vermillion).
const DARK_TEXT = new Set<string>(["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7"]);

export function blocStyle(number: number | null | undefined): BlocStyle {
  if (!number || number < 1) return { colour: UNALIGNED, pattern: "none", text: "#10243e" };
  const i = (number - 1) % BLOC_COLOURS.length;
  const colour = BLOC_COLOURS[i]!;
  const pattern = PATTERNS[Math.floor((number - 1) / BLOC_COLOURS.length) % PATTERNS.length]!;
  return { colour, pattern, text: DARK_TEXT.has(colour) ? "#10243e" : "#ffffff" };
}

export const LINK_STYLES = {
  defence: { label: "Defence pact", dash: undefined, width: 3.2 },
  trade: { label: "Trade pact", dash: "9 6", width: 2.2 },
  consultation: { label: "Consultation", dash: "1.5 5", width: 2.4 },
  "non-aggression": { label: "Non-aggression", dash: "1.5 5", width: 2.4 },
} as const;

export const THREAT_COLOUR = "#b3261e";

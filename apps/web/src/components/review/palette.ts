// Colours for states and theories in charts: distinguishable on a projector and for the common
// colour-vision deficiencies (Okabe-Ito first, then darker companions); text always backs them.
// Blocs have one palette and one numbering everywhere: the coalition map's (coalition-map/palette.ts).
const colours = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#e69f00",
  "#56b4e9",
  "#7a4fa0",
  "#8a6d00",
  "#1b3a5c",
  "#a23b3b",
  "#3f7f3f",
  "#6b6b6b",
];

export function stateColour(index: number): string {
  return colours[index % colours.length]!;
}

/** The two sides of landscape theory's predicted split (a prediction, not a bloc). */
export const landscapeSideColours = ["#2d6f7e", "#a15c00"] as const;

export const theoryColours = {
  balanceOfThreat: "#0b5cad",
  balanceOfPower: "#7a4fa0",
  baseline: "#8a8474",
  random: "#c4bfb2",
};

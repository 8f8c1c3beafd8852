/**
 * CAMEO codes and Goldstein weights of every coded act (THREAT-MODEL.md s.2). The
 * intentions model reads only these weights, so a new game action needs a row here.
 */
export const ACTION_CODES = {
  "sign-treaty": { cameo: "057", goldstein: 8, label: "sign treaty / trade pact" },
  "economic-aid": { cameo: "071", goldstein: 7.4, label: "economic aid" },
  "joint-exercise": { cameo: "062", goldstein: 7.4, label: "joint exercise" },
  "lift-sanctions": { cameo: "085", goldstein: 7, label: "lift sanctions" },
  demobilise: { cameo: "087", goldstein: 9, label: "demobilise / de-escalate" },
  criticise: { cameo: "111", goldstein: -2, label: "criticise" },
  demand: { cameo: "100", goldstein: -5, label: "demand" },
  "demand-tribute": { cameo: "100", goldstein: -5, label: "demand tribute" },
  tariff: { cameo: "172", goldstein: -5, label: "tariff / administrative sanction" },
  "break-off-talks": { cameo: "164", goldstein: -6.5, label: "break off talks" },
  "threaten-sanctions": { cameo: "1312", goldstein: -5.8, label: "threaten sanctions" },
  "threaten-force": { cameo: "138", goldstein: -7, label: "threaten force" },
  ultimatum: { cameo: "139", goldstein: -7, label: "ultimatum" },
  "threaten-annexation": {
    cameo: "1382",
    goldstein: -7,
    label: "threaten occupation / annexation",
  },
  mobilise: { cameo: "154", goldstein: -7.2, label: "mobilise" },
  embargo: { cameo: "163", goldstein: -8, label: "embargo / sanctions" },
  "seize-assets": { cameo: "171", goldstein: -9.2, label: "seize assets" },
  blockade: { cameo: "191", goldstein: -9.5, label: "blockade" },
  occupy: { cameo: "192", goldstein: -9.5, label: "occupy" },
  attack: { cameo: "190", goldstein: -10, label: "attack" },
  "break-treaty": { cameo: "128", goldstein: -5, label: "break a treaty" },
} as const;

export type ActionCode = keyof typeof ACTION_CODES;
export const ACTION_CODE_NAMES = Object.keys(ACTION_CODES) as [ActionCode, ...ActionCode[]];

export function goldstein(code: ActionCode): number {
  return ACTION_CODES[code].goldstein;
}

export const CATEGORIES = [
  "HARD_BALANCE",
  "SOFT_BALANCE",
  "BANDWAGON",
  "HIDE",
  "BUCK_PASS",
  "FREE_RIDE",
  "NEUTRAL",
] as const;
export type Category = (typeof CATEGORIES)[number];

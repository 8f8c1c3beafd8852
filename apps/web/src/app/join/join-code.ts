import { JOIN_CODE_ALPHABET } from "@threatscape/protocol/browser";

/** Upper-cases and strips spaces and dashes ("k7q m2p" -> "K7QM2P"). */
export const normaliseCode = (raw: string) => raw.replace(/[\s-]/g, "").toUpperCase();

/** Why a typed code cannot be a join code, or null when it can. */
export function codeProblem(code: string): string | null {
  if (code.length === 0) return "Enter the six-character code shown by your instructor.";
  const bad = [...code].filter((c) => !JOIN_CODE_ALPHABET.includes(c));
  if (bad.length > 0)
    return /[0O1IL]/.test(bad.join(""))
      ? "Codes never contain O, 0, I, 1 or L: check the letters on the screen again."
      : `“${bad[0]}” cannot appear in a join code: codes use letters and the digits 2 to 9.`;
  if (code.length !== 6) return `A join code has six characters; this one has ${code.length}.`;
  return null;
}

import { describe, expect, it } from "vitest";
import { headlineInWords } from "./headline-words";

const names = new Map([
  ["USA", "United States"],
  ["PRK", "North Korea"],
  ["JPN", "Japan"],
  ["KOR", "South Korea"],
]);

describe("headlineInWords", () => {
  it("writes a coded event as a sentence with full names", () => {
    expect(headlineInWords("USA: embargo / sanctions (PRK)", names)).toBe(
      "United States: embargo or sanctions against North Korea",
    );
    expect(headlineInWords("JPN: make a public statement", names)).toBe(
      "Japan: make a public statement",
    );
  });
  it("names every state id in other headlines and leaves other capitals alone", () => {
    expect(headlineInWords("JPN makes a territorial demand of KOR", names)).toBe(
      "Japan makes a territorial demand of South Korea",
    );
    expect(headlineInWords("Quad pact (defence) enters into force: USA, JPN", names)).toBe(
      "Quad pact (defence) enters into force: United States, Japan",
    );
    expect(headlineInWords("UN: NATO summit", names)).toBe("UN: NATO summit");
    expect(headlineInWords("consultation pact JPN-KOR enters into force", names)).toBe(
      "Consultation pact Japan-South Korea enters into force",
    );
  });
});

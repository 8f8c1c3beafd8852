import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("starts with the UTF-8 byte-order mark EF BB BF", () => {
    const bytes = new TextEncoder().encode(toCsv(["name"], [{ name: "Zoë" }]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // "name" CRLF "Zo" c3 ab CRLF
    expect([...bytes.slice(3)]).toEqual([
      0x6e, 0x61, 0x6d, 0x65, 0x0d, 0x0a, 0x5a, 0x6f, 0xc3, 0xab, 0x0d, 0x0a,
    ]);
  });

  it("neutralises text cells that start with = + - @ TAB or CR, and only those (OWASP)", () => {
    const cells = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=x\ny", "a=1", " =1", "'", ""];
    const text = toCsv(
      ["cell"],
      cells.map((cell) => ({ cell })),
    );
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: false }).data;
    expect(parsed.slice(1, 1 + cells.length).map((row) => row[0])).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "'=x\ny", // papaparse's own pattern would let this multi-line formula through
      "a=1",
      " =1",
      "'",
      "",
    ]);
  });

  it("keeps numbers, booleans and empty cells as they are", () => {
    const text = toCsv(
      ["n", "neg", "text", "flag", "none"],
      [{ n: 7, neg: -3.5, text: "-3.5", flag: false, none: null }],
    );
    expect(text).toBe('\uFEFFn,neg,text,flag,none\r\n7,-3.5,"\'-3.5",false,\r\n');
  });

  it("writes the header of an empty table", () => {
    expect(toCsv(["a", "b"], [])).toBe("\uFEFFa,b\r\n");
  });
});

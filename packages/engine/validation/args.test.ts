import { describe, expect, it } from "vitest";
import { parseValidateArgs, UsageError } from "./args";

const known = ["europe-1914", "south-asia-1971"];
const parse = (...argv: string[]) => parseValidateArgs(argv, known);
const refused = (argv: string[], message: RegExp) =>
  expect(() => parse(...argv)).toThrow(
    expect.objectContaining({ message: expect.stringMatching(message) }),
  );

describe("pnpm validate's arguments", () => {
  it("defaults: every scenario, seeds 1-3, no overrides", () => {
    expect(parse()).toEqual({ json: false, only: null, seeds: [1, 2, 3], params: {}, help: false });
  });
  it("reads every option, in both spellings", () => {
    expect(
      parse("--json", "--only=europe-1914", "--seeds", "4,5", "--params", '{"tau2":18}'),
    ).toEqual({
      json: true,
      only: ["europe-1914"],
      seeds: [4, 5],
      params: { tau2: 18 },
      help: false,
    });
  });
  it("keeps overrides as given, so a scenario's own other parameters stand", () => {
    expect(parse("--params", '{"internalBalancing":false}').params).toEqual({
      internalBalancing: false,
    });
  });
  it("refuses a misspelt or mistyped parameter instead of measuring the default model", () => {
    refused(["--params", '{"internalBalancng":false}'], /Unrecognized key.*internalBalancng/);
    refused(["--params", '{"internalBalancing":"yes"}'], /internalBalancing.*boolean/);
    refused(["--params", '{"tau1":-5}'], /tau1/);
    refused(["--params", "{bad"], /not JSON/);
    refused(["--params", "null"], /object/);
    refused(["--params", "[1,2]"], /object/);
  });
  it("refuses an unknown scenario rather than printing an empty table", () => {
    refused(["--only", "nowhere-2000"], /unknown scenario "nowhere-2000"/);
    refused(["--only", "europe-1914,EUROPE-1914"], /unknown scenario "EUROPE-1914"/);
    refused(["--only="], /unknown scenario ""/);
  });
  it("refuses seeds that are not distinct whole numbers", () => {
    for (const s of ["1,-2", "abc", "1.5", "", "99999999999999999999"])
      refused([`--seeds=${s}`], /is not a whole number/);
    refused(["--seeds", "1,1"], /each seed once/);
  });
  it("refuses unknown options and options without a value", () => {
    refused(["--bogus"], /Unknown option '--bogus'/);
    refused(["--only"], /argument missing/);
    refused(["europe-1914"], /positional/i);
    expect(() => parse("--bogus")).toThrow(UsageError);
  });
});

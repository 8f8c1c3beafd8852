/**
 * The command line of `pnpm validate`, parsed at the boundary: node's strict parseArgs for the
 * shape, zod for the values. Bad arguments throw UsageError (validate.ts prints its message
 * and the usage on stderr, exit code 2), so a typo never runs a different measurement than
 * the one asked for (a misspelt parameter silently gave the default model's figures).
 */
import { parseArgs } from "node:util";
import type { z } from "zod";
import { PartialParameters } from "../src/index";

export const USAGE =
  "usage: pnpm validate [--json] [--only id,id] [--seeds 1,2,3] [--params '{\"name\":value}']";

export class UsageError extends Error {}

export type ValidateArgs = {
  json: boolean;
  only: string[] | null;
  seeds: number[];
  /** The overrides as given (checked, not default-filled: a scenario keeps its own others). */
  params: Record<string, unknown>;
  help: boolean;
};

/** 1 to 20 distinct whole numbers 0..2^32-1, comma-separated. */
function parseSeeds(text: string): number[] {
  const parts = text.split(",");
  for (const x of parts)
    if (!/^\d{1,10}$/.test(x) || Number(x) > 0xffffffff)
      throw new UsageError(`--seeds: "${x}" is not a whole number 0..4294967295`);
  const seeds = parts.map(Number);
  if (seeds.length > 20) throw new UsageError("--seeds: at most 20 seeds");
  if (new Set(seeds).size !== seeds.length) throw new UsageError("--seeds: each seed once");
  return seeds;
}

const issue = (e: z.ZodError) =>
  e.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");

/** Parses argv (without node and the script); `known` are the scenario ids with alignments. */
export function parseValidateArgs(argv: string[], known: readonly string[]): ValidateArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== "--"),
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        only: { type: "string" },
        seeds: { type: "string" },
        params: { type: "string" },
      },
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  let only: string[] | null = null;
  if (values.only !== undefined) {
    only = String(values.only).split(",");
    const unknown = only.filter((id) => !known.includes(id));
    if (unknown.length || only.length === 0)
      throw new UsageError(
        `--only: unknown scenario ${unknown.map((u) => `"${u}"`).join(", ")}; known: ${known.join(", ")}`,
      );
  }
  const seeds = parseSeeds(String(values.seeds ?? "1,2,3"));
  let raw: unknown = {};
  if (values.params !== undefined) {
    try {
      raw = JSON.parse(String(values.params));
    } catch (e) {
      throw new UsageError(`--params is not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const params = PartialParameters.safeParse(raw);
  if (!params.success) throw new UsageError(`--params: ${issue(params.error)}`);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new UsageError("--params must be a JSON object");
  return {
    json: values.json === true,
    only,
    seeds,
    params: raw as Record<string, unknown>,
    help: values.help === true,
  };
}

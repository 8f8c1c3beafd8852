// Size limits of an uploaded scenario, checked before any expensive work (the zod parse,
// createGame's threat model, the database). A valid 3,000-state scenario once blocked the
// event loop for 12 s; the largest preset has 20 states and 27 KB. Documented in the
// scenario format (packages/protocol/README.md, "Limits").
import { pathSegment } from "@threatscape/engine";
import { shapeProblem } from "./input-limits.ts";

export const SCENARIO_LIMITS = {
  /** JSON characters of the whole document. */
  bytes: 256 * 1024,
  depth: 12,
  states: 40,
  treaties: 100,
  crises: 50,
  /** Any other list (trade, hostility, affinity, contiguity, bases, history, sources...). */
  otherList: 800,
  /** Characters in any one text. */
  text: 4000,
  /** Characters in any one key (field names and the names of roles). */
  key: 200,
} as const;

export interface ScenarioTooLarge {
  message: string;
  issues: { path: string; message: string }[];
}

/** What makes `raw` too large to consider, or null (cheap: one bounded walk). */
export function scenarioSizeProblem(raw: unknown): ScenarioTooLarge | null {
  const too = (path: string, message: string) => ({
    message: `the scenario is too large: ${path ? `${path}: ` : ""}${message}`,
    issues: [{ path: path || "(scenario)", message }],
  });
  const shape = shapeProblem(raw, SCENARIO_LIMITS.depth, 50_000);
  if (shape) return too("", shape);
  let size = 0;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    return too("", "not a JSON document");
  }
  if (size > SCENARIO_LIMITS.bytes)
    return too("", `${size} characters; at most ${SCENARIO_LIMITS.bytes}`);
  const longText = firstLongText(raw, "");
  if (longText !== null)
    return too(
      longText.path,
      longText.key
        ? `a field name longer than ${SCENARIO_LIMITS.key} characters`
        : `a text longer than ${SCENARIO_LIMITS.text} characters`,
    );
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  for (const [key, value] of Object.entries(raw)) {
    if (!Array.isArray(value)) continue;
    const max =
      key === "states" || key === "treaties" || key === "crises"
        ? SCENARIO_LIMITS[key]
        : SCENARIO_LIMITS.otherList;
    if (value.length > max) return too(key, `${value.length} entries; at most ${max}`);
  }
  return null;
}

/**
 * The first over-long text or key, with its full path ("parameters.x", "states[0].name"; keys
 * cut as the engine's parse issues cut them), or null.
 */
function firstLongText(value: unknown, path: string): { path: string; key: boolean } | null {
  if (typeof value === "string")
    return value.length > SCENARIO_LIMITS.text ? { path: path || "(scenario)", key: false } : null;
  if (value === null || typeof value !== "object") return null;
  // bounded: shapeProblem has already capped the depth and the number of nodes
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstLongText(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${pathSegment(key)}` : pathSegment(key);
    if (key.length > SCENARIO_LIMITS.key) return { path: at, key: true };
    const found = firstLongText(child, at);
    if (found !== null) return found;
  }
  return null;
}

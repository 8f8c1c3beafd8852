import type { z } from "zod";
import { Scenario } from "./schema";

export type ScenarioIssue = { path: string; message: string };
export type ParseScenarioResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; error: { code: "INVALID_SCENARIO"; message: string; issues: ScenarioIssue[] } };

/** A key as an issue path shows it: at most 60 characters (an uploaded key may be any length). */
export const pathSegment = (key: string): string =>
  key.length > 60 ? `${key.slice(0, 57)}...` : key;

const pathOf = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? "(root)"
    : path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${pathSegment(String(p))}`))
        .join("")
        .replace(/^\./, "");

/** zod's issues as paths and sentences; an unknown key is reported at its own path. */
function issuesOf(issues: readonly z.core.$ZodIssue[]): ScenarioIssue[] {
  return issues.flatMap((i) =>
    i.code === "unrecognized_keys"
      ? i.keys.map((key) => ({
          path: pathOf([...i.path, key]),
          message: "unknown field (misspelt?): nothing by this name can be set here",
        }))
      : [{ path: pathOf(i.path), message: i.message }],
  );
}

/**
 * Parse and validate a scenario: shape (zod) first, then cross-references (every state
 * id a trade flow, treaty, base, event ... names must exist). Every bad field is
 * reported with its path and why; nothing throws.
 */
export function parseScenario(json: unknown): ParseScenarioResult {
  let parsed: ReturnType<typeof Scenario.safeParse>;
  try {
    parsed = Scenario.safeParse(json);
  } catch (e) {
    return bad([{ path: "(root)", message: `unreadable scenario: ${String(e)}` }]);
  }
  if (!parsed.success) return bad(issuesOf(parsed.error.issues));
  const s = parsed.data;
  const issues = crossReferenceIssues(s);
  return issues.length > 0 ? bad(issues) : { ok: true, scenario: s };
}

function bad(issues: ScenarioIssue[]): ParseScenarioResult {
  const head = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join("; ");
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
  return {
    ok: false,
    error: { code: "INVALID_SCENARIO", message: `invalid scenario: ${head}${more}`, issues },
  };
}

function crossReferenceIssues(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const ids = new Set<string>();
  s.states.forEach((st, i) => {
    if (ids.has(st.id))
      issues.push({ path: `states[${i}].id`, message: `duplicate state id "${st.id}"` });
    ids.add(st.id);
    if (s.era === "historical" && (st.irst === undefined || st.pec === undefined))
      issues.push({
        path: `states[${i}]`,
        message: "historical scenarios need irst and pec for aggregate power",
      });
  });
  const sourceIds = new Set(s.sources.map((x) => x.id));
  const known = (path: string, v: string) => {
    if (!ids.has(v)) issues.push({ path, message: `unknown state id "${v}"` });
  };
  const distinct = (path: string, a: string, b: string) => {
    if (a === b) issues.push({ path, message: `a state cannot relate to itself ("${a}")` });
  };
  const source = (path: string, v: string | undefined) => {
    if (v !== undefined && !sourceIds.has(v))
      issues.push({ path, message: `unknown source id "${v}"` });
  };
  s.states.forEach((st, i) => {
    st.sourceIds.forEach((v, k) => source(`states[${i}].sourceIds[${k}]`, v));
    source(`states[${i}].scope.sourceId`, st.scope?.sourceId);
  });
  s.contiguity.forEach((c, i) => {
    known(`contiguity[${i}].a`, c.a);
    known(`contiguity[${i}].b`, c.b);
    distinct(`contiguity[${i}]`, c.a, c.b);
  });
  s.bases.forEach((b, i) => {
    known(`bases[${i}].owner`, b.owner);
    known(`bases[${i}].host`, b.host);
    distinct(`bases[${i}]`, b.owner, b.host);
  });
  s.trade.forEach((t, i) => {
    known(`trade[${i}].from`, t.from);
    known(`trade[${i}].to`, t.to);
    distinct(`trade[${i}]`, t.from, t.to);
  });
  s.hostility.forEach((t, i) => {
    known(`hostility[${i}].from`, t.from);
    known(`hostility[${i}].to`, t.to);
    distinct(`hostility[${i}]`, t.from, t.to);
  });
  s.affinity.forEach((t, i) => {
    known(`affinity[${i}].a`, t.a);
    known(`affinity[${i}].b`, t.b);
  });
  const treatyIds = new Set<string>();
  s.treaties.forEach((t, i) => {
    if (treatyIds.has(t.id))
      issues.push({ path: `treaties[${i}].id`, message: `duplicate treaty id "${t.id}"` });
    treatyIds.add(t.id);
    t.members.forEach((m, k) => known(`treaties[${i}].members[${k}]`, m));
    if (new Set(t.members).size !== t.members.length)
      issues.push({ path: `treaties[${i}].members`, message: "duplicate member" });
    t.directedAgainst.forEach((m, k) => {
      known(`treaties[${i}].directedAgainst[${k}]`, m);
      if (t.members.includes(m))
        issues.push({
          path: `treaties[${i}].directedAgainst[${k}]`,
          message: `"${m}" is a member of the treaty it is directed against`,
        });
    });
    source(`treaties[${i}].sourceId`, t.sourceId);
  });
  s.history.forEach((e, i) => {
    known(`history[${i}].actor`, e.actor);
    known(`history[${i}].target`, e.target);
    distinct(`history[${i}]`, e.actor, e.target);
    source(`history[${i}].sourceId`, e.sourceId);
  });
  const crisisIds = new Set<string>();
  s.crises.forEach((c, i) => {
    if (crisisIds.has(c.id))
      issues.push({ path: `crises[${i}].id`, message: `duplicate crisis id "${c.id}"` });
    crisisIds.add(c.id);
    if (c.round !== undefined && c.round > s.rules.rounds)
      issues.push({
        path: `crises[${i}].round`,
        message: `round ${c.round} is after the last round (${s.rules.rounds})`,
      });
    c.events.forEach((e, k) => {
      known(`crises[${i}].events[${k}].actor`, e.actor);
      known(`crises[${i}].events[${k}].target`, e.target);
      distinct(`crises[${i}].events[${k}]`, e.actor, e.target);
    });
  });
  Object.keys(s.rules.roles ?? {}).forEach((k) => known(`rules.roles.${k}`, k));
  const roleNames = new Set(
    Object.keys(s.parameters?.roleWeights ?? { balanced: 1, hawk: 1, trader: 1 }),
  );
  Object.entries(s.rules.roles ?? {}).forEach(([k, r]) => {
    if (!roleNames.has(r))
      issues.push({ path: `rules.roles.${k}`, message: `unknown role "${r}"` });
  });
  if (s.states.filter((x) => x.playable).length < 2)
    issues.push({ path: "states", message: "at least two playable states are needed" });
  const p = s.parameters;
  if (p?.tau1 !== undefined || p?.tau2 !== undefined || p?.tau3 !== undefined) {
    const t1 = p.tau1 ?? 10,
      t2 = p.tau2 ?? 20,
      t3 = p.tau3 ?? 40;
    if (!(t1 <= t2 && t2 <= t3))
      issues.push({ path: "parameters", message: "thresholds must satisfy tau1 <= tau2 <= tau3" });
  }
  return issues;
}

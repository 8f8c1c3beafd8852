/**
 * resolveRound: execute the queued private orders, fight wars (seeded), apply demands,
 * treaty exits and expiries, trade and growth (s.7), the intentions update (s.2),
 * classify what each state did (s.5), score (s.7), decay mobilisation, and open the next
 * round by logging its predictions before anyone moves.
 * Over 300 lines: the steps depend on their order, and reading them in one place is how that
 * order is checked.
 */
import { ACTION_CODES } from "../cameo";
import type { ActionCode } from "../cameo";
import { gameBlocs } from "../predict/alignment-blocs";
import { classifyRound } from "../predict/classify";
import { RngCursor } from "../random";
import { ErrorCode, fail } from "../result";
import type { Result } from "../result";
import { computeWorld, currentTrade } from "../threat/world";
import type { World } from "../threat/world";
import { codedAct, foldIntentions } from "./acts";
import { removeMember } from "./apply-action";
import { openRound } from "./create-game";
import { computeScores } from "./scores";
import type { CodedAct, GameState, RoundRecord, StateId } from "./types";

const THREAT_CODES: Record<string, ActionCode> = {
  force: "threaten-force",
  sanctions: "threaten-sanctions",
  annexation: "threaten-annexation",
  ultimatum: "ultimatum",
};
// Acting against a co-signatory breaches these kinds of treaty.
const BREACHES: Partial<Record<ActionCode, ReadonlySet<string>>> = {
  embargo: new Set(["defence", "non-aggression", "trade"]),
  "seize-assets": new Set(["defence", "non-aggression", "trade"]),
  tariff: new Set(["trade"]),
  attack: new Set(["defence", "non-aggression", "trade", "consultation"]),
  blockade: new Set(["defence", "non-aggression", "trade", "consultation"]),
  occupy: new Set(["defence", "non-aggression", "trade", "consultation"]),
};

/** Side strength in a war on `field`: own K plus allies' K weighted by their proximity to the field. */
function sideStrength(w: World, leader: number, enemy: number, field: number): number {
  let s = w.K[leader]!;
  for (const a of w.allies[leader]!) if (a !== enemy) s += w.K[a]! * w.prox[a * w.n + field]!;
  return s;
}

export function resolveRound(input: GameState): Result<GameState> {
  try {
    if (input.phase === "ended") return fail(ErrorCode.GameOver, "the game has ended");
    if (input.phase === "news" || input.phase === "resolution")
      return fail(ErrorCode.WrongPhase, `round ${input.round} is already resolved`);
    return { ok: true, state: resolve(input) };
  } catch (e) {
    return fail(
      ErrorCode.Internal,
      `internal error: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

function resolve(input: GameState): GameState {
  const round = input.round;
  const p = input.params;
  const rng = new RngCursor(input.rng);
  let s: GameState = { ...input, phase: "resolution" };
  const states = Object.fromEntries(Object.entries(s.states).map(([k, v]) => [k, { ...v }]));
  const sanctions: GameState["sanctions"] = Object.fromEntries(
    Object.entries(s.sanctions).map(([k, v]) => [k, { ...v }]),
  );
  const acts: CodedAct[] = [];
  const hostile: { actor: StateId; target: StateId; action: ActionCode }[] = [];
  const attacks: { attacker: StateId; defender: StateId }[] = [];
  const setSigma = (from: StateId, to: StateId, v: number) => {
    if (v <= 0) delete (sanctions[from] ??= {})[to];
    else (sanctions[from] ??= {})[to] = v;
  };
  const act = (actor: StateId, target: StateId | null, code: ActionCode, note = "") => {
    acts.push(codedAct(round, actor, target, code, "order", note));
    if (target !== null && BREACHES[code]) hostile.push({ actor, target, action: code });
  };

  // 1. orders, in a fixed order so the result does not depend on who submitted first
  for (const id of Object.keys(s.orders).sort()) {
    const st = states[id];
    if (!st) continue;
    for (const o of s.orders[id] ?? []) {
      switch (o.type) {
        case "set-burden":
          st.burden = o.burden;
          break;
        case "set-posture":
          st.posture = o.posture;
          break;
        case "mobilise":
          st.mob = o.level;
          st.mobRenewed = true;
          act(id, o.against ?? null, "mobilise");
          break;
        case "demobilise":
          st.mob = 0;
          st.mobRenewed = false;
          act(id, null, "demobilise");
          break;
        case "sanction":
          setSigma(id, o.target, Math.max(sanctions[id]?.[o.target] ?? 0, p.sanctionIntensity));
          act(id, o.target, "embargo", "sanctions");
          break;
        case "embargo":
          setSigma(id, o.target, p.embargoIntensity);
          act(id, o.target, "embargo");
          break;
        case "lift-sanctions":
          setSigma(id, o.target, 0);
          act(id, o.target, "lift-sanctions");
          break;
        case "tariff":
          setSigma(
            id,
            o.target,
            Math.max(sanctions[id]?.[o.target] ?? 0, o.level ?? p.tariffIntensity),
          );
          act(id, o.target, "tariff");
          break;
        case "aid": {
          const amount = ((o.percentOfGdp ?? p.aidPercentOfGdp) / 100) * st.gdp;
          st.gdp -= amount;
          states[o.target]!.gdp += amount;
          act(id, o.target, "economic-aid");
          break;
        }
        case "threaten":
          act(id, o.target, THREAT_CODES[o.kind]!);
          break;
        case "criticise":
          act(id, o.target, "criticise");
          break;
        case "joint-exercise":
          act(id, o.target, "joint-exercise");
          break;
        case "seize-assets":
          setSigma(id, o.target, p.embargoIntensity);
          act(id, o.target, "seize-assets");
          break;
        case "attack":
          attacks.push({ attacker: id, defender: o.target });
          act(id, o.target, o.mode);
          if (o.mode === "blockade") setSigma(id, o.target, p.embargoIntensity);
          break;
      }
    }
  }
  s = { ...s, states, sanctions, pendingActs: [...s.pendingActs, ...acts] };

  // 2. breach detection: acting against a co-signatory
  for (const h of hostile) {
    for (const t of Object.values(s.treaties)) {
      if (!t.members.includes(h.actor) || !t.members.includes(h.target)) continue;
      if (!BREACHES[h.action]!.has(t.kind)) continue;
      s = removeMember(s, t, h.actor, { kind: "breach", action: h.action, against: h.target });
    }
  }

  // 3. wars: win probability K_i / (K_i + K_j) with allies weighted by proximity; seeded draw
  const warRecords: NonNullable<RoundRecord["wars"]> = [];
  let wars = s.wars.map((w) => ({ ...w }));
  if (attacks.length > 0) {
    const w = computeWorld(s);
    for (const at of attacks) {
      const a = w.index.get(at.attacker)!,
        d = w.index.get(at.defender)!;
      const sa = sideStrength(w, a, d, d),
        sd = sideStrength(w, d, a, d);
      const pAttacker = sa + sd > 0 ? sa / (sa + sd) : 0.5;
      const winner = rng.next() < pAttacker ? at.attacker : at.defender;
      const loser = winner === at.attacker ? at.defender : at.attacker;
      const L = s.states[loser]!;
      L.gdp *= 1 - p.warGdpLoss;
      L.forces *= 1 - p.warForcesLoss;
      warRecords.push({
        attacker: at.attacker,
        defender: at.defender,
        winner,
        pAttacker: Math.round(pAttacker * 1e4) / 1e4,
      });
      const existing = wars.find(
        (x) =>
          (x.a === at.attacker && x.b === at.defender) ||
          (x.a === at.defender && x.b === at.attacker),
      );
      if (existing) existing.lastAttackRound = round;
      else
        wars.push({ a: at.attacker, b: at.defender, startedRound: round, lastAttackRound: round });
      s.news = [
        ...s.news,
        {
          round,
          headline: `${at.attacker} attacks ${at.defender}; ${winner} prevails`,
          visibleTo: null,
        },
      ];
    }
  }

  // 4. demands accepted this round take effect; unanswered ones expire
  const demands = { ...s.demands };
  let bases = s.bases;
  for (const d of Object.values(demands)) {
    if (d.status === "pending") demands[d.id] = { ...d, status: "expired" };
    else if (d.status === "accepted" && d.round === round) {
      if (d.kind === "tribute") {
        const payer = s.states[d.to]!,
          payee = s.states[d.from]!;
        const amount = (d.amount / 100) * payer.gdp;
        payer.gdp -= amount;
        payee.gdp += amount;
      } else if (d.kind === "basing" && !bases.some((b) => b.owner === d.from && b.host === d.to))
        bases = [...bases, { owner: d.from, host: d.to }];
    }
  }
  s = { ...s, demands, bases };

  // 5. lawful exits and expiries; stale proposals lapse
  const treaties = { ...s.treaties };
  for (const t of Object.values(treaties)) {
    const members = t.members.filter((m) => !t.leaving.includes(m));
    const expired = t.endsAfterRound !== null && t.endsAfterRound <= round;
    if (expired || members.length < 2) {
      delete treaties[t.id];
      s.news = [
        ...s.news,
        {
          round,
          headline: `${t.name} ${expired ? "expires" : "dissolves"}`,
          visibleTo: t.secret ? [...t.members] : null,
        },
      ];
    } else if (members.length !== t.members.length)
      treaties[t.id] = {
        ...t,
        members,
        leaving: [],
        basing: t.basing.filter((b) => members.includes(b.owner) && members.includes(b.host)),
      };
  }
  const proposals = { ...s.proposals };
  for (const pr of Object.values(proposals))
    if (pr.status === "open" && pr.round < round) proposals[pr.id] = { ...pr, status: "lapsed" };
  s = { ...s, treaties, proposals };

  // 6. trade and growth (s.7)
  const ids = s.scenario.states.map((x) => x.id);
  const n = ids.length;
  const trade = currentTrade(s, new Map(ids.map((id, i) => [id, i])), n);
  for (let j = 0; j < n; j++) {
    const st = s.states[ids[j]!]!;
    let flows = 0;
    for (let k = 0; k < n; k++) if (k !== j) flows += trade[j * n + k]! + trade[k * n + j]!;
    const ratio = flows / st.gdp;
    const g = s.scenario.states[j]!.growth;
    st.gdp *= Math.max(
      0.01,
      1 +
        g +
        p.growthTradeWeight * (ratio - st.tradeRatio) -
        p.growthBurdenPenalty * (Math.max(0, st.burden - st.burden0) / 100),
    );
    st.tradeRatio = ratio;
  }
  // wars end after a quiet spell
  wars = wars.filter((w) => round - w.lastAttackRound < p.peaceAfterRounds);

  // 7. intentions update
  const broken: Record<StateId, number> = {};
  for (const b of s.brokenTreaties)
    if (b.round === round) broken[b.stateId] = (broken[b.stateId] ?? 0) + 1;
  const roundActs = s.pendingActs;
  s = { ...s, wars, intentions: foldIntentions(s.intentions, roundActs, broken, p) };

  // 8. unrenewed mobilisation decays; then classify and score on the end-of-round world
  for (const st of Object.values(s.states)) {
    if (!st.mobRenewed) st.mob = 0;
    st.mobRenewed = false;
  }
  const w2 = computeWorld(s);
  const record = s.rounds[s.rounds.length - 1]!;
  const actual = classifyRound(s, record, roundActs, w2);
  const scores = computeScores(s, w2);
  // the round's blocs, split by the rivalries of this round's threat table (record.threat)
  const blocs = gameBlocs(s);
  const rounds = [...s.rounds.slice(0, -1), { ...record, actual, scores, wars: warRecords, blocs }];

  // 9. public news of executed orders
  const news = [...s.news];
  for (const a of roundActs)
    if (a.origin === "order")
      news.push({
        round,
        headline: `${a.actor}: ${ACTION_CODES[a.action].label}${a.target ? ` (${a.target})` : ""}`,
        visibleTo: null,
      });
  s = {
    ...s,
    rounds,
    news,
    acts: [...s.acts, ...roundActs],
    pendingActs: [],
    orders: {},
    submitted: {},
    rng: rng.state,
  };

  if (round >= s.scenario.rules.rounds) return { ...s, phase: "ended" };
  // the end-of-round world is the next round's starting world unless a scripted crisis changes it
  return { ...openRound({ ...s, round: round + 1 }, w2), phase: "news" };
}

/**
 * The actual-alignment data files (validation/alignments/*.json): for every state of a
 * scenario, the side it took and the states it aligned against, with a source note.
 * Schema and the derived adversary sets; no I/O here (the loader is in validate.ts).
 */
import { z } from "zod";

export const AlignmentFile = z.object({
  scenario: z.string().min(1),
  date: z.string().min(1),
  period: z.string().min(1),
  rule: z.string().min(1),
  sources: z.array(z.object({ id: z.string().min(1), citation: z.string().min(1) })).min(1),
  camps: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })),
  /** Pairs of camps at war or in confrontation: every member of one is an adversary of every member of the other. */
  opposed: z.array(z.tuple([z.string(), z.string()])),
  states: z
    .array(
      z.object({
        id: z.string().min(1),
        /** Camp id, or null for a state aligned with no camp. */
        side: z.string().nullable(),
        /** Adversaries beyond the opposed camps (regional rivals). */
        against: z.array(z.string()),
        note: z.string().min(10),
        sources: z.array(z.string()).min(1),
      }),
    )
    .min(2),
});
export type AlignmentFile = z.infer<typeof AlignmentFile>;

export type Actual = {
  side: string | null;
  /** Every state this state aligned against: opposed camps' members plus `against`. */
  adversaries: ReadonlySet<string>;
};

/** Check the file's internal references; returns messages (empty when consistent). */
export function checkAlignmentFile(file: AlignmentFile): string[] {
  const problems: string[] = [];
  const camps = new Set(file.camps.map((c) => c.id));
  const ids = new Set(file.states.map((s) => s.id));
  const sources = new Set(file.sources.map((s) => s.id));
  for (const [a, b] of file.opposed)
    for (const c of [a, b]) if (!camps.has(c)) problems.push(`opposed: unknown camp "${c}"`);
  for (const s of file.states) {
    if (s.side !== null && !camps.has(s.side)) problems.push(`${s.id}: unknown camp "${s.side}"`);
    for (const x of s.against) if (!ids.has(x)) problems.push(`${s.id}: unknown adversary "${x}"`);
    for (const src of s.sources)
      if (!sources.has(src)) problems.push(`${s.id}: unknown source "${src}"`);
  }
  return problems;
}

/** Side and adversary set of every state of the file. */
export function actualAlignments(file: AlignmentFile): Map<string, Actual> {
  const opposedTo = new Map<string, Set<string>>();
  for (const [a, b] of file.opposed) {
    (opposedTo.get(a) ?? opposedTo.set(a, new Set()).get(a)!).add(b);
    (opposedTo.get(b) ?? opposedTo.set(b, new Set()).get(b)!).add(a);
  }
  const out = new Map<string, Actual>();
  for (const s of file.states) {
    const adversaries = new Set(s.against);
    if (s.side !== null)
      for (const other of file.states)
        if (other.side !== null && opposedTo.get(s.side)?.has(other.side))
          adversaries.add(other.id);
    adversaries.delete(s.id);
    out.set(s.id, { side: s.side, adversaries });
  }
  return out;
}

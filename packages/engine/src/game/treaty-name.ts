/**
 * The one home of a treaty's display name: the proposer's own name, else the default the
 * engine stores on the proposal and the treaty ("defence pact USA-JPN"), which the news,
 * the predictions' reasons, the event log, the replay and every export then show alike.
 *
 * @param terms `kind` (defence, trade...), the proposer's `name` if any (absent or null: none
 *   given) and `members` in the order proposed (duplicates are dropped, as the engine does).
 * @returns the name as students, graders and the news read it; never empty.
 */
export function treatyDisplayName(terms: {
  kind: string;
  name?: string | null;
  members: readonly string[];
}): string {
  return terms.name ?? `${terms.kind} pact ${[...new Set(terms.members)].join("-")}`;
}

// The instructor's view is the engine's GameView without the scenario (sent separately);
// the projector's is the public subset. Both arrive untyped on the wire (a record).
import type { GameView, NewsItem, Scenario, Treaty } from "@threatscape/engine";

export type InstructorView = Omit<GameView, "scenario">;

export interface PublicView {
  round: number;
  phase: string;
  treaties: Record<string, Treaty>;
  news: NewsItem[];
  crisesReleased: string[];
  bots: Record<string, string>;
}

export const asInstructorView = (view: Record<string, unknown>) =>
  view as unknown as InstructorView;
export const asPublicView = (view: Record<string, unknown>) => view as unknown as PublicView;
/** The scenario the server sent with `game:scenario` (full for the instructor, public otherwise). */
export const asScenario = (scenario: unknown) => scenario as Scenario;

"use client";
/**
 * The seat context every console panel reads: my state, the view I was sent, names, and how
 * I act. Live, `act` sends to the server; in read-only mode (the review's replay, from a
 * logged view) there is no `act`, `canAct` is false and every control is disabled, so the
 * replay shows the student's own panels exactly as they were drawn.
 */
import type { Ack, LiveScenario, LiveView, StateActionInput } from "@threatscape/protocol";
import { createContext, useContext } from "react";

/** The engine view the server sends a seated student (the scenario comes separately). */
export type StudentView = LiveView;

export type SeatAct = (action: StateActionInput) => Promise<Ack<unknown>>;

export type StudentContextValue = {
  /** The session's join code (draft storage keys); the game id in a replay. */
  joinCode: string;
  me: string;
  view: StudentView;
  scenario: LiveScenario;
  /** Display name of a state id (the id itself when unknown). */
  name: (id: string) => string;
  /** Playable states other than mine, in scenario order. */
  others: { id: string; name: string }[];
  /** The game is over (the instructor ended it, or the last round resolved): no more orders. */
  gameOver?: boolean;
  /** The game accepts actions (running, negotiation or orders phase); false when read-only. */
  canAct: boolean;
  /** Sends one of my state's actions; absent in read-only mode. */
  act?: SeatAct;
  /** A replay of a logged view: nothing can be sent, drafts are not kept. */
  readOnly?: boolean;
};

const StudentContext = createContext<StudentContextValue | null>(null);
export const StudentProvider = StudentContext.Provider;

const refuse: SeatAct = async () => ({
  ok: false,
  error: { code: "READ_ONLY", message: "this is a replay: nothing can be sent" },
});

/** The seat context, with `act` always callable (refusing in read-only mode). */
export function useStudent(): StudentContextValue & { act: SeatAct; readOnly: boolean } {
  const value = useContext(StudentContext);
  if (!value) throw new Error("useStudent outside the student console");
  const readOnly = value.readOnly === true || !value.act;
  return {
    ...value,
    readOnly,
    canAct: value.canAct && !readOnly,
    act: readOnly ? refuse : (value.act ?? refuse),
  };
}

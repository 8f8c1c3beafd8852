"use client";
// What every console panel reads: the live session, my state, the filtered view and names.
import type { LiveScenario, LiveView } from "@threatscape/protocol";
import { createContext, useContext } from "react";
import type { LiveSession } from "~/lib/live-session";

/** The engine view the server sends a seated student (the scenario comes separately). */
export type StudentView = LiveView;

export type StudentContextValue = {
  session: LiveSession;
  joinCode: string;
  me: string;
  view: StudentView;
  scenario: LiveScenario;
  /** Display name of a state id (the id itself when unknown). */
  name: (id: string) => string;
  /** Playable states other than mine, in scenario order. */
  others: { id: string; name: string }[];
  /** The game accepts actions (running, negotiation or orders phase). */
  canAct: boolean;
};

const StudentContext = createContext<StudentContextValue | null>(null);
export const StudentProvider = StudentContext.Provider;

export function useStudent(): StudentContextValue {
  const value = useContext(StudentContext);
  if (!value) throw new Error("useStudent outside the student console");
  return value;
}

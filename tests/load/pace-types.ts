// Messages between the classroom-pace orchestrator (pace.ts) and its load workers.

export type RequestKind = "dm" | "public" | "group" | "act";

export interface GameSetup {
  base: string;
  index: number;
  gameId: string;
  joinCode: string;
  instructorSecret: string;
  /** Playable states; student s sits at states[s % states.length]. */
  states: string[];
}

export type ToWorker =
  | {
      type: "setup";
      games: GameSetup[];
      students: number;
      seed: number;
      /** Mean time between two requests of one student (exponentially distributed). */
      intervalMs: number;
      ackTimeoutMs: number;
    }
  /** Epoch milliseconds (performance.timeOrigin + performance.now()). */
  | { type: "go"; measureStart: number; measureEnd: number }
  | { type: "close" };

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export interface WorkerResult {
  type: "result";
  students: number;
  /** Request to acknowledgement, for requests sent inside the window. */
  ackMs: Record<RequestKind, number[]>;
  /** Send time (in the body) to arrival at each recipient other than the sender. */
  fanoutMs: number[];
  refusals: Record<string, number>;
  counts: {
    sent: number;
    acked: number;
    ackedInWindow: number;
    timeouts: number;
    skipped: number;
    disconnects: number;
    deliveriesExpected: number;
  };
  /** Bytes the students received inside the window, by kind. */
  bytes: { chat: number; other: number; acks: number; otherEvents: number };
  loopDelayMs: LoopDelay;
  cpuSeconds: number;
}

export type FromWorker =
  | { type: "ready"; joinMs: number[]; setupSeconds: number }
  | WorkerResult
  | { type: "error"; message: string };

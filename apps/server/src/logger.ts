import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs (one object a line) for machines; `pnpm start` shows them as is. */
/** Pino at `level`; every line names the service and, when set (a cluster), the instance. */
export function createLogger(level: string, instance?: string): Logger {
  return pino({
    level,
    base: { service: "threatscape-server", ...(instance ? { instance } : {}) },
  });
}

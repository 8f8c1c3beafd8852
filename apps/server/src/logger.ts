import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs (one object a line) for machines; `pnpm start` shows them as is. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "threatscape-server" } });
}

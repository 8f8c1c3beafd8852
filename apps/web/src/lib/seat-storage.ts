// Where the browser keeps what brings a user back to their place after a refresh, a sleep
// or a new tab: a student's rejoin token per join code, an instructor's secret per game.
/** Where a student's seat for `joinCode` is kept (also written by the plain-HTML join page). */
export const studentKey = (joinCode: string) => `threatscape:seat:${joinCode.toUpperCase()}`;
const hostKey = (gameId: string) => `threatscape:host:${gameId}`;

/** A student's seat as kept in storage (the join page's inline script writes it too:
 * app/join/[code]/join-script.ts). */
export interface StoredSeat {
  rejoinToken: string;
  gameId: string;
  displayName: string;
}

export interface StoredHost {
  instructorSecret: string;
  staffSecret?: string;
  joinCode: string;
  /** The session's title, for the "My sessions" list (absent in entries from older builds). */
  title?: string;
}

function read<T>(key: string): T | null {
  if (typeof window === "undefined") return null;
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing without storage: the session still works until the tab closes.
  }
}

export const seatStorage = {
  get: (joinCode: string) => read<StoredSeat>(studentKey(joinCode)),
  set: (joinCode: string, seat: StoredSeat) => write(studentKey(joinCode), seat),
  clear: (joinCode: string) => window.localStorage.removeItem(studentKey(joinCode)),
};

export const hostStorage = {
  get: (gameId: string) => read<StoredHost>(hostKey(gameId)),
  set: (gameId: string, host: StoredHost) => write(hostKey(gameId), host),
  remove: (gameId: string) => {
    try {
      window.localStorage.removeItem(hostKey(gameId));
    } catch {
      // No storage: nothing was kept.
    }
  },
  /** Every game this browser holds an instructor secret for ("My sessions"). */
  list: (): (StoredHost & { gameId: string })[] => {
    if (typeof window === "undefined") return [];
    const prefix = hostKey("");
    const found: (StoredHost & { gameId: string })[] = [];
    try {
      for (let i = 0; i < window.localStorage.length; i++) {
        const key = window.localStorage.key(i);
        if (!key?.startsWith(prefix)) continue;
        const host = read<StoredHost>(key);
        if (host?.instructorSecret) found.push({ ...host, gameId: key.slice(prefix.length) });
      }
    } catch {
      // No storage: no sessions remembered.
    }
    return found;
  },
};

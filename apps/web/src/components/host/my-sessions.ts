// Reading what an instructor pastes to get a session back on another browser: the
// instructor link (`…/host/<gameId>#key=<secret>`) or the secret alone with the join code.

export type Recovery =
  | { kind: "link"; gameId: string; secret: string }
  | { kind: "secret"; secret: string }
  | { kind: "bad"; message: string };

const SECRET = /^[A-Za-z0-9_-]{16,200}$/;

/** Parses a pasted instructor link or secret (whitespace trimmed); never throws. */
export function parseRecovery(text: string): Recovery {
  const value = text.trim();
  if (!value) return { kind: "bad", message: "Paste the instructor link or secret." };
  const link = /\/host\/([^/#?\s]{1,64})(?:\?[^#]*)?#(?:.*&)?key=([^&\s]+)/.exec(value);
  if (link?.[1] && link[2]) {
    try {
      return {
        kind: "link",
        gameId: decodeURIComponent(link[1]),
        secret: decodeURIComponent(link[2]),
      };
    } catch {
      return { kind: "bad", message: "This link is damaged: copy it again." };
    }
  }
  if (/\/host\//.test(value))
    return {
      kind: "bad",
      message: "This link has no secret (#key=…): copy the instructor link, not the address bar.",
    };
  if (SECRET.test(value)) return { kind: "secret", secret: value };
  return { kind: "bad", message: "This is neither an instructor link nor a secret." };
}

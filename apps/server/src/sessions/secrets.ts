// Join codes, secrets and tokens. Codes are short and typed by students, so they use an
// alphabet without look-alikes and are rate-limited; secrets and rejoin tokens are long
// random strings that are stored only as hashes.
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { JOIN_CODE_ALPHABET } from "@threatscape/protocol";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
) => Promise<Buffer>;

/** Six characters from a 31-letter alphabet: about 887 million codes. */
export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export function newSecret(): string {
  return randomBytes(24).toString("base64url");
}

/** Random bytes drawn 9 at a time from a pool refilled 4 KB at once (one call per 455 ids). */
const ID_BYTES = 9;
let pool = Buffer.alloc(0);
let poolAt = 0;

/** A unique id for a row (`prefix_` + 12 characters, 72 random bits): not a secret. */
export function newId(prefix: string): string {
  if (poolAt + ID_BYTES > pool.length) {
    pool = randomBytes(455 * ID_BYTES);
    poolAt = 0;
  }
  const bytes = pool.subarray(poolAt, (poolAt += ID_BYTES));
  return `${prefix}_${bytes.toString("base64url").replace(/[-_]/g, "x")}`;
}

/** Slow salted hash for the instructor and staff secrets (checked once per attach). */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(secret, salt, 32);
  return `scrypt$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

export async function verifySecret(secret: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const [scheme, saltText, keyText] = stored.split("$");
  if (scheme !== "scrypt" || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, "base64url");
  const actual = await scryptAsync(secret, Buffer.from(saltText, "base64url"), expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * Rejoin tokens carry 256 random bits, so a fast unsalted hash is safe and lets the server
 * find the seat by the token's hash alone.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function newRejoinToken(): string {
  return randomBytes(32).toString("base64url");
}

// Rate limits that fit a classroom. A class sits behind one school address, so a limit keyed
// only on the address lets one student's typos (or one troublemaker) lock out everyone. So:
// - unguessable credentials (rejoin tokens, instructor and staff secrets) that are right are
//   never refused: limits only bound the work wrong ones cause, keyed on the address and on
//   what is guessed (the game whose secret is tried);
// - the join code is short, so failed codes are counted per address, but a code that has
//   already worked from an address keeps working there (it teaches a guesser nothing);
// - seat PINs are counted per join code as well as per address.
// Counters come from rate-limiter-flexible: in memory, or in Redis when several processes
// serve one department (REDIS_URL), so that a guesser cannot multiply the limits by the
// number of processes. Per-sender message and action counts stay in memory: a game's
// connections all reach the one process that owns it.
import { createHash } from "node:crypto";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

/** Where a named limit keeps its counters. */
export type LimitStore = (name: string, points: number, seconds: number) => RateLimiterAbstract;

export const memoryStore: LimitStore = (_name, points, duration) =>
  new RateLimiterMemory({ points, duration });

/**
 * Counters in Redis (node-redis client), shared by every process; while Redis is down each
 * process counts in memory (rate-limiter-flexible's insurance limiter) instead of failing.
 */
export const redisStore =
  (storeClient: unknown): LimitStore =>
  (name, points, duration) =>
    new RateLimiterRedis({
      storeClient,
      useRedisPackage: true,
      keyPrefix: `threatscape:limit:${name}`,
      points,
      duration,
      insuranceLimiter: new RateLimiterMemory({ points, duration }),
    });

/** A counter of `points` per `seconds` per key (rate-limiter-flexible underneath). */
export class Limit {
  private readonly limiter: RateLimiterAbstract;
  constructor(
    readonly points: number,
    readonly seconds: number,
    store: LimitStore = memoryStore,
    name = "limit",
  ) {
    this.limiter = store(name, points, seconds);
  }

  /** Counts one; false when `key` has gone over its points in this window. */
  async take(key: string): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch {
      return false;
    }
  }

  /** Whether `key` has used any point in this window (counts nothing). */
  async seen(key: string): Promise<boolean> {
    const res = await this.limiter.get(key);
    return res !== null && res.consumedPoints > 0;
  }

  /** Whether `key` has used all its points (counts nothing). */
  async exhausted(key: string): Promise<boolean> {
    const res = await this.limiter.get(key);
    return res !== null && res.consumedPoints >= this.points;
  }
}

/** The limits, one per server (tests get fresh ones with each server). */
export const LIMITS = {
  /**
   * Failed join codes (join, watch, lookup) from one address a minute. A class shares one
   * school address and mistypes codes (O for 0): 30 locked whole classes out. 100 a minute
   * still leaves a guesser about 8.9 million minutes for 887 million codes.
   */
  failedCodesPerAddress: 100,
  /** Failed seat PINs per join code and per address a minute. */
  failedPinsPerCode: 20,
  failedPinsPerAddress: 20,
  /** Wrong instructor/staff secrets per game, and per address, a minute. */
  failedSecretsPerGame: 10,
  failedSecretsPerAddress: 30,
  /** Unknown rejoin tokens per address a minute (they cost a lookup each). */
  failedTokensPerAddress: 60,
  /** Sessions created per address per 10 minutes, and by everyone. */
  sessionsPerAddress: 10,
  sessionsGlobal: 60,
  /** Chat messages and actions per sender per 10 seconds. */
  messagesPerSender: 30,
  actionsPerSender: 60,
  /**
   * Requests of any kind per connection per 10 seconds (a student's client sends a few);
   * past it each is refused at once, and a connection that keeps on is closed.
   */
  eventsPerConnection: 100,
  floodRefusalsBeforeClose: 100,
} as const;

export type SecretOwner = "instructor" | "staff";

const digest = (text: string) => createHash("sha256").update(text).digest("base64url");

/** Session-creation limits per 10 minutes (env SESSIONS_PER_ADDRESS, SESSIONS_PER_SERVER). */
export interface SessionLimits {
  perAddress: number;
  perServer: number;
}

export class AccessLimits {
  /** `store`: where credential and session-creation counters live (shared in a cluster). */
  constructor(
    sessions: SessionLimits = {
      perAddress: LIMITS.sessionsPerAddress,
      perServer: LIMITS.sessionsGlobal,
    },
    store: LimitStore = memoryStore,
  ) {
    const limit = (name: string, points: number, seconds: number) =>
      new Limit(points, seconds, store, name);
    this.sessionsByAddress = limit("sessions-address", sessions.perAddress, 600);
    this.sessionsGlobal = limit("sessions-all", sessions.perServer, 600);
    this.failedCodes = limit("codes", LIMITS.failedCodesPerAddress, 60);
    this.failedPinsByCode = limit("pins-code", LIMITS.failedPinsPerCode, 60);
    this.failedPinsByAddress = limit("pins-address", LIMITS.failedPinsPerAddress, 60);
    this.failedSecretsByGame = limit("secrets-game", LIMITS.failedSecretsPerGame, 60);
    this.failedSecretsByAddress = limit("secrets-address", LIMITS.failedSecretsPerAddress, 60);
    this.failedTokens = limit("tokens", LIMITS.failedTokensPerAddress, 60);
    // In the shared store too: a process that restarts (or another one) must remember that
    // the class's code worked from its address, or one student's typos lock the class out.
    this.provenCodes = limit("codes-proven", 1, 12 * 3600);
  }
  readonly failedCodes: Limit;
  readonly failedPinsByCode: Limit;
  readonly failedPinsByAddress: Limit;
  readonly failedSecretsByGame: Limit;
  readonly failedSecretsByAddress: Limit;
  readonly failedTokens: Limit;
  readonly sessionsByAddress: Limit;
  readonly sessionsGlobal: Limit;
  readonly messages = new Limit(LIMITS.messagesPerSender, 10);
  readonly actions = new Limit(LIMITS.actionsPerSender, 10);
  readonly events = new Limit(LIMITS.eventsPerConnection, 10);
  /** address|code pairs that worked in the last 12 hours. */
  private readonly provenCodes: Limit;
  /** Digests of gameId|secret pairs that were verified, and whose (skips scrypt and limits). */
  private readonly verifiedSecrets = new Map<string, SecretOwner>();

  /** Whether a join code may be tried from `address` now. */
  async mayTryCode(address: string, joinCode: string): Promise<boolean> {
    if (await this.provenCodes.seen(`${address}|${joinCode}`)) return true;
    return !(await this.failedCodes.exhausted(address));
  }

  async codeFailed(address: string): Promise<void> {
    await this.failedCodes.take(address);
  }

  async codeWorked(address: string, joinCode: string): Promise<void> {
    await this.provenCodes.take(`${address}|${joinCode}`);
  }

  async mayTryPin(address: string, joinCode: string): Promise<boolean> {
    return !(
      (await this.failedPinsByCode.exhausted(joinCode)) ||
      (await this.failedPinsByAddress.exhausted(address))
    );
  }

  async pinFailed(address: string, joinCode: string): Promise<void> {
    await Promise.all([
      this.failedPinsByCode.take(joinCode),
      this.failedPinsByAddress.take(address),
    ]);
  }

  /**
   * Checks an instructor/staff secret with `verify` (scrypt; it says whose secret it is)
   * unless this exact pair was verified before; refuses without verifying when the game or
   * the address is over its limit. `accepts` says which owners may pass here.
   */
  async checkSecret(
    address: string,
    gameId: string,
    secret: string,
    accepts: (owner: SecretOwner) => boolean,
    verify: () => Promise<SecretOwner | null>,
  ): Promise<"ok" | "wrong" | "limited"> {
    const key = digest(`${gameId}|${secret}`);
    const known = this.verifiedSecrets.get(key);
    if (known && accepts(known)) return "ok";
    if (
      !known &&
      ((await this.failedSecretsByGame.exhausted(gameId)) ||
        (await this.failedSecretsByAddress.exhausted(address)))
    )
      return "limited";
    const owner = known ?? (await verify());
    if (owner) {
      if (this.verifiedSecrets.size > 10_000) this.verifiedSecrets.clear();
      this.verifiedSecrets.set(key, owner);
      if (accepts(owner)) return "ok";
    }
    await Promise.all([
      this.failedSecretsByGame.take(gameId),
      this.failedSecretsByAddress.take(address),
    ]);
    return "wrong";
  }

  /** A new session from `address`: false when it or everyone is over the limit. */
  async mayCreateSession(address: string): Promise<boolean> {
    if (await this.sessionsGlobal.exhausted("all")) return false;
    if (!(await this.sessionsByAddress.take(address))) return false;
    return this.sessionsGlobal.take("all");
  }
}

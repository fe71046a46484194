/**
 * The handlers' memory: one settled answer per key, and a lock (a claim) held by one owner while the answer is
 * being decided. Values are JSON-serialisable. A store shared by several processes (Redis, a database) makes
 * "fulfilled once" hold across all of them; every method may throw `StoreUnavailableError`.
 */
export interface HandlerStore {
  /** The settled value of `key`, or `undefined` (never settled, or expired). */
  get(key: string): Promise<unknown>;
  /**
   * Takes the lock on `key` for `ttlMs` unless someone else holds it or it is settled. A claim by the current
   * owner renews it (a heartbeat while a slow decision runs).
   */
  claim(key: string, owner: string, ttlMs: number): Promise<ClaimResult>;
  /** Stores `value` as the answer of `key`, if `owner` still holds the lock (or nobody does); `false` otherwise. */
  settle(key: string, owner: string, value: unknown): Promise<boolean>;
  /** Gives the lock up without an answer (an outage, an id i'mport does not know); a no-op for other owners. */
  release(key: string, owner: string): Promise<void>;
}

export const CLAIM_STATES = ["won", "held", "settled"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** What `claim` found: the lock is yours, another owner's, or the key already has its answer. */
export type ClaimResult = { state: "won" } | { state: "held"; owner: string } | { state: "settled"; value: unknown };

/** The store cannot answer (Redis down, full); the handlers answer `503` and fulfil nothing. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}

/** Checks by name as well, since `iamport-react/server/redis` is a separate bundle with its own copy of the class. */
export function isStoreUnavailableError(value: unknown): value is StoreUnavailableError {
  return value instanceof StoreUnavailableError || (value instanceof Error && value.name === "StoreUnavailableError");
}

export interface MemoryStoreOptions {
  /** Most settled answers kept; the oldest go first past it. Default 100 000. */
  maxEntries?: number;
  /** Most locks held at once; past it `claim` throws `StoreUnavailableError` (503), never evicting. Default 10 000. */
  maxClaims?: number;
  /** How long a settled answer is kept; default 30 days. */
  ttlMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

type Lock = { owner: string; expiresAt: number };
type Settled = { value: unknown; expiresAt: number };

/**
 * The in-memory store: the default, for one process. Locks and answers live in separate bounded maps, and the
 * handlers settle answers only for ids i'mport knows, so a flood of invented ids cannot push real answers out.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): HandlerStore {
  const maxEntries = options.maxEntries ?? 100_000;
  const maxClaims = options.maxClaims ?? 10_000;
  const ttlMs = options.ttlMs ?? 30 * 86_400_000;
  const now = options.now ?? Date.now;
  const locks = new Map<string, Lock>();
  const settled = new Map<string, Settled>();

  const read = (key: string) => {
    const entry = settled.get(key);
    if (entry && entry.expiresAt <= now()) settled.delete(key);
    return settled.get(key);
  };
  const lockOf = (key: string) => {
    const lock = locks.get(key);
    if (lock && lock.expiresAt <= now()) locks.delete(key);
    return locks.get(key);
  };
  const purgeLocks = () => {
    for (const [key, lock] of locks) if (lock.expiresAt <= now()) locks.delete(key);
  };

  return {
    async get(key) {
      return read(key)?.value;
    },
    async claim(key, owner, lockMs) {
      const answer = read(key);
      if (answer) return { state: "settled", value: answer.value };
      const lock = lockOf(key);
      if (lock && lock.owner !== owner) return { state: "held", owner: lock.owner };
      if (!lock && locks.size >= maxClaims) {
        purgeLocks();
        if (locks.size >= maxClaims) throw new StoreUnavailableError(`The memory store holds ${maxClaims} locks.`);
      }
      locks.set(key, { owner, expiresAt: now() + lockMs });
      return { state: "won" };
    },
    async settle(key, owner, value) {
      if (read(key)) return false;
      const lock = lockOf(key);
      if (lock && lock.owner !== owner) return false;
      locks.delete(key);
      settled.set(key, { value: structuredClone(value), expiresAt: now() + ttlMs });
      if (settled.size > maxEntries) settled.delete(settled.keys().next().value as string);
      return true;
    },
    async release(key, owner) {
      if (lockOf(key)?.owner === owner) locks.delete(key);
    },
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

/**
 * Runs `decide` once per `key` across everyone sharing `store`: the winner decides (renewing its lock while it
 * works) and settles `answer` when `keep` says it is an answer; losers wait for it, or take over a lock that
 * expired. `decide` rejecting releases the lock, so the next attempt decides afresh.
 */
export async function once<T>(
  store: HandlerStore,
  key: string,
  decide: () => Promise<T>,
  { lockMs, signal, keep = () => true }: { lockMs: number; signal?: AbortSignal; keep?: (answer: T) => boolean },
): Promise<T> {
  const owner = crypto.randomUUID();
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    const claim = await store.claim(key, owner, lockMs).catch((error: unknown) => {
      // A claim that timed out may still run once the store wakes (Redis paused, not down): give it up behind it,
      // or every instance would wait on a lock nobody holds until it expires.
      void store.release(key, owner).catch(() => {});
      throw error;
    });
    if (claim.state === "settled") return claim.value as T;
    if (claim.state === "won") break;
    if (signal?.aborted) throw signal.reason;
    await sleep(wait, signal);
  }
  const heartbeat = setInterval(() => void store.claim(key, owner, lockMs).catch(() => {}), lockMs / 3);
  let answer: T;
  try {
    answer = await decide();
  } catch (error) {
    clearInterval(heartbeat);
    await store.release(key, owner).catch(() => {});
    throw error;
  }
  clearInterval(heartbeat);
  if (!keep(answer)) {
    await store.release(key, owner).catch(() => {}); // Unreleased, the lock expires by itself.
    return answer;
  }
  // `decide` has acted (fulfilled, cancelled): a store blip now must not become a 503 whose retry acts again.
  for (let attempt = 1; ; attempt++)
    try {
      await store.settle(key, owner, answer);
      return answer;
    } catch {
      if (attempt === 3) {
        console.error(`iamport-react/server: the answer for ${key} was not stored; a retry may decide it again.`);
        return answer;
      }
      await sleep(50 * attempt);
    }
}

let warned = false;

/** The default store, with a warning in production, where several instances would each keep their own memory. */
export function defaultStore(): HandlerStore {
  const env = typeof process === "undefined" ? undefined : process.env?.NODE_ENV;
  if (env === "production" && !warned) {
    warned = true;
    console.warn(
      "iamport-react/server: the handlers keep answers in this process's memory. With more than one instance " +
        "(serverless, several pods, restarts) pass a shared `store`, e.g. `createRedisStore` from " +
        "`iamport-react/server/redis`, or `onVerified` may run once per instance.",
    );
  }
  return createMemoryStore();
}

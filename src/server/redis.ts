import { StoreUnavailableError, type ClaimResult, type HandlerStore } from "./store";

/**
 * The part of a Redis client the store uses, duck-typed: ioredis's `call(...)` or node-redis (v4+)'s
 * `sendCommand([...])`. Neither is bundled; pass the client your app already has.
 */
export type RedisLike =
  | { call(command: string, ...args: (string | number)[]): Promise<unknown> }
  | { sendCommand(args: string[]): Promise<unknown> };

export interface RedisStoreOptions {
  /** Prefix of every key; default `"iamport:"`. Use one per environment (staging, production). */
  prefix?: string;
  /** How long a settled answer (and fulfilment mark) is kept; default 30 days. */
  ttlSeconds?: number;
  /** A command slower than this counts as Redis being down (503); default 2 000 ms. */
  commandTimeoutMs?: number;
}

// Values: "L:<owner>" while claimed (with PX), "S:<json>" once settled. Each script runs atomically.
const CLAIM = `local v = redis.call('GET', KEYS[1])
if not v then redis.call('SET', KEYS[1], 'L:' .. ARGV[1], 'PX', ARGV[2]) return 'W' end
if v == 'L:' .. ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 'W' end
return v`;
const SETTLE = `local v = redis.call('GET', KEYS[1])
if v and v ~= 'L:' .. ARGV[1] then return 0 end
if tonumber(ARGV[3]) > 0 then redis.call('SET', KEYS[1], 'S:' .. ARGV[2], 'EX', ARGV[3])
else redis.call('SET', KEYS[1], 'S:' .. ARGV[2]) end
return 1`;
const RELEASE = `if redis.call('GET', KEYS[1]) == 'L:' .. ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;

/**
 * A `HandlerStore` on Redis, so every instance behind your load balancer shares one memory: `SET … PX` inside
 * Lua scripts makes exactly one instance win a claim, and a claim whose instance died expires and is retried.
 * Redis unreachable → `StoreUnavailableError` (the handlers answer 503 and fulfil nothing).
 */
export function createRedisStore(client: RedisLike, options: RedisStoreOptions = {}): HandlerStore {
  const prefix = options.prefix ?? "iamport:";
  const ttlSeconds = Math.max(0, Math.floor(options.ttlSeconds ?? 30 * 86_400));
  const timeoutMs = options.commandTimeoutMs ?? 2000;
  if (
    !client ||
    (typeof (client as { call?: unknown }).call !== "function" &&
      typeof (client as { sendCommand?: unknown }).sendCommand !== "function")
  )
    throw new TypeError(
      "`createRedisStore`: pass a connected node-redis (v4+) or ioredis client " +
        "(got one without `sendCommand` or `call`).",
    );

  function command(args: string[]): Promise<unknown> {
    const sent =
      "call" in client && typeof client.call === "function"
        ? client.call(args[0], ...args.slice(1))
        : (client as { sendCommand(args: string[]): Promise<unknown> }).sendCommand(args);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreUnavailableError(`Redis did not answer within ${timeoutMs} ms.`)),
        timeoutMs,
      );
    });
    return Promise.race([Promise.resolve(sent), timeout])
      .catch((error: unknown) => {
        if (error instanceof StoreUnavailableError) throw error;
        throw new StoreUnavailableError(`Redis failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => clearTimeout(timer));
  }
  const run = (script: string, key: string, ...args: (string | number)[]) =>
    command(["EVAL", script, "1", prefix + key, ...args.map(String)]);
  const text = (reply: unknown) => (reply === null || reply === undefined ? null : String(reply));

  return {
    async get(key) {
      const value = text(await command(["GET", prefix + key]));
      return value?.startsWith("S:") ? JSON.parse(value.slice(2)) : undefined;
    },
    async claim(key, owner, ttlMs): Promise<ClaimResult> {
      const reply = text(await run(CLAIM, key, owner, Math.max(1, Math.ceil(ttlMs))));
      if (reply === "W") return { state: "won" };
      if (reply?.startsWith("L:")) return { state: "held", owner: reply.slice(2) };
      if (reply?.startsWith("S:")) return { state: "settled", value: JSON.parse(reply.slice(2)) };
      throw new StoreUnavailableError(`Redis answered the claim with ${JSON.stringify(reply)}.`);
    },
    async settle(key, owner, value) {
      return Number(await run(SETTLE, key, owner, JSON.stringify(value), ttlSeconds)) === 1;
    },
    async release(key, owner) {
      await run(RELEASE, key, owner);
    },
  };
}

export { StoreUnavailableError, isStoreUnavailableError } from "./store";
export type { ClaimResult, HandlerStore } from "./store";

import { Redis } from "ioredis";
import { createClient } from "redis";
import { createVerifyHandler, createIamportClient } from "iamport-react/server";
import { createRedisStore } from "iamport-react/server/redis";
import { createFakeIamportApi, storeContract } from "iamport-react/testing";
import { startRedis } from "./redisServer";

const redis = await startRedis();
const nodeRedis = createClient({ url: redis.url, disableOfflineQueue: true });
nodeRedis.on("error", () => {});
await nodeRedis.connect();
const ioredis = new Redis(redis.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
ioredis.on("error", () => {});
afterAll(async () => {
  await nodeRedis.quit().catch(() => {});
  ioredis.disconnect();
  await redis.close();
});

storeContract(
  "createRedisStore (node-redis)",
  () => createRedisStore(nodeRedis, { prefix: `${crypto.randomUUID()}:` }),
  {
    describe,
    it,
    expect,
  },
);
storeContract("createRedisStore (ioredis)", () => createRedisStore(ioredis, { prefix: `${crypto.randomUUID()}:` }), {
  describe,
  it,
  expect,
});

describe("createRedisStore", () => {
  it("names what it needs when given something that is not a Redis client", () => {
    expect(() => createRedisStore({} as never)).toThrow(/node-redis \(v4\+\) or ioredis/);
  });

  it("keeps settled answers for ttlSeconds", async () => {
    const store = createRedisStore(nodeRedis, { prefix: "ttl:", ttlSeconds: 60 });
    await store.settle("k", "a", { status: "paid" });
    expect(await nodeRedis.ttl("ttl:k")).toBeGreaterThan(50);
  });

  it("answers 503 with a JSON error while Redis is down, and fulfils nothing", async () => {
    const api = createFakeIamportApi();
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 1000 });
    const dead = createClient({ url: "redis://127.0.0.1:1", disableOfflineQueue: true });
    dead.on("error", () => {});
    let fulfilled = 0;
    const verify = createVerifyHandler({
      client: createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch }),
      store: createRedisStore(dead as never, { commandTimeoutMs: 300 }),
      expectedAmount: () => 1000,
      onVerified: () => void fulfilled++,
    });
    const response = await verify(
      new Request("http://shop.test/verify", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" }),
      }),
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "The handler's store is unavailable; try again." });
    expect(fulfilled).toBe(0);
  });

  it("leaves no lock behind a claim that timed out while Redis was paused, so the retry verifies at once", async () => {
    const api = createFakeIamportApi();
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 1000 });
    const prefix = `${crypto.randomUUID()}:`;
    let fulfilled = 0;
    const verify = createVerifyHandler({
      client: createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch }),
      store: createRedisStore(nodeRedis, { prefix, commandTimeoutMs: 200 }),
      expectedAmount: () => 1000,
      onVerified: () => void fulfilled++,
    });
    const post = () =>
      verify(
        new Request("http://shop.test/verify", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" }),
        }),
      );
    await ioredis.call("CLIENT", "PAUSE", "600", "ALL");
    expect((await post()).status).toBe(503);
    // Redis wakes and runs the queued claim, then what the handler queued behind it.
    await vi.waitFor(async () => expect(await ioredis.exists(`${prefix}verify:payment:${payment.imp_uid}`)).toBe(0), {
      timeout: 3000,
    });
    expect(await (await post()).json()).toMatchObject({ status: "paid" });
    expect(fulfilled).toBe(1);
  });
});

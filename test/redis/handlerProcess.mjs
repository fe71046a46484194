// One merchant instance: the built verify + webhook handlers on a Redis store, its own HTTP server on 127.0.0.1.
// Env: API_URL, REDIS_URL, FULFILMENTS (a file; one line per completed onVerified/onPayment), SLOW_MS (onVerified
// waits this long first, so a test can kill the process mid-fulfilment), TIMEOUT_MS, CLIENT (redis | ioredis).
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";
import { createIamportClient, createVerifyHandler, createWebhookHandler, toNodeListener } from "../../dist/server.js";
import { createRedisStore } from "../../dist/server/redis.js";

const env = process.env;
let redis;
if (env.CLIENT === "ioredis") {
  const { Redis } = await import("ioredis");
  redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => 100 });
  redis.on("error", () => {});
} else {
  const { createClient } = await import("redis");
  redis = createClient({ url: env.REDIS_URL, disableOfflineQueue: true, socket: { reconnectStrategy: () => 100 } });
  redis.on("error", () => {});
  await redis.connect();
}
const store = createRedisStore(redis, { prefix: env.PREFIX ?? "test:" });
const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl: env.API_URL });
const slowMs = Number(env.SLOW_MS ?? 0);
const record = (line) => appendFileSync(env.FULFILMENTS, `${line}\n`);
const timeoutMs = Number(env.TIMEOUT_MS ?? 10_000);

const verify = createVerifyHandler({
  client,
  store,
  timeoutMs,
  expectedAmount: (merchantUid) => (merchantUid.startsWith("order-") ? 1000 : undefined),
  onVerified: async ({ payment }) => {
    if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
    record(`verify ${payment.imp_uid} ${process.pid}`);
  },
});
const webhook = createWebhookHandler({
  client,
  store,
  timeoutMs,
  onPayment: (payment) => record(`webhook ${payment.imp_uid} ${payment.status} ${process.pid}`),
});
const server = createServer(
  toNodeListener((request) => (new URL(request.url).pathname === "/webhook" ? webhook : verify)(request)),
);
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
process.on("SIGTERM", () => process.exit(0));

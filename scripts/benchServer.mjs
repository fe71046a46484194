// `npm run bench`, server part: the verify handler over real HTTP against the fake REST API. Figures are printed,
// never asserted. Run alone with `node scripts/benchServer.mjs` (after `npm run build`).
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(fileURLToPath(import.meta.url), "../..");
const dist = (file) => import(join(root, "dist", file));
const KEYS = { apiKey: "test_api_key", apiSecret: "test_api_secret" };

/** One merchant instance in a child process (`--instance`): prints its port; answers "rss" with its peak RSS. */
async function instance() {
  const { createIamportClient, createVerifyHandler, toNodeListener } = await dist("server.js");
  let store;
  let redis;
  if (process.env.STORE === "redis") {
    const { createClient } = await import("redis");
    const { createRedisStore } = await dist("server/redis.js");
    redis = createClient({ url: process.env.REDIS_URL });
    await redis.connect();
    store = createRedisStore(redis, { prefix: `bench:${process.env.RUN}:` });
  }
  let peak = process.memoryUsage.rss();
  setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5).unref();
  const verify = createVerifyHandler({
    client: createIamportClient({ ...KEYS, baseUrl: process.env.API_URL }),
    store,
    expectedAmount: () => 1000,
    onVerified: ({ payment }) => appendFileSync(process.env.FULFILMENTS, `${payment.imp_uid}\n`),
  });
  const server = createServer(toNodeListener(verify));
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
  process.on("message", (message) => {
    if (message === "rss") process.send({ rss: peak, now: process.memoryUsage.rss() });
    if (message === "exit") server.close(() => redis?.quit().finally(() => process.exit(0)) ?? process.exit(0));
  });
}

function spawnInstance(env) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--instance"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ask = (message, key) =>
    new Promise((resolve) => {
      const onMessage = (reply) => key in reply && (child.off("message", onMessage), resolve(reply));
      child.on("message", onMessage);
      if (message) child.send(message);
    });
  return ask(null, "port").then(({ port }) => ({
    url: `http://127.0.0.1:${port}`,
    rss: () => ask("rss", "rss"),
    stop: () => new Promise((resolve) => (child.once("exit", resolve), child.send("exit"))),
  }));
}

const post = async (url, body) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.json();
};

/** Runs `jobs` with `concurrency` at a time; returns latencies (ms) and wall time. */
async function load(jobs, concurrency) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t = performance.now();
        await job();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const wall = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { rps: (jobs.length / wall) * 1000, p50: at(0.5), p99: at(0.99), wall };
}
const fmt = (r) => `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`;

/** Streams `bytes` of body without content-length; resolves with the status the server answered. */
function sendHuge(url, bytes, declare) {
  return new Promise((resolve) => {
    const headers = { "content-type": "application/json", ...(declare ? { "content-length": String(bytes) } : {}) };
    const req = httpRequest(url, { method: "POST", headers }, (res) => (res.resume(), resolve(res.statusCode)));
    req.on("error", () => resolve("connection closed"));
    const chunk = Buffer.alloc(65_536, 120);
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const binary = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";
  if (!existsSync(binary)) return undefined;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "bench-redis-"));
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  await new Promise((resolve) => {
    let log = "";
    child.stdout.on("data", (chunk) => /Ready to accept/.test((log += chunk)) && resolve());
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => (rmSync(dir, { recursive: true, force: true }), resolve()));
        child.kill("SIGTERM");
      }),
  };
}

/** The figures issue 10 and issue 14 ask for, as printable lines. */
export async function serverFigures() {
  const { createIamportClient } = await dist("server.js");
  const { createFakeIamportApi } = await dist("testing.js");
  const api = createFakeIamportApi();
  const apiServer = await api.listen();
  const dir = mkdtempSync(join(tmpdir(), "bench-server-"));
  const lines = [];
  const children = [];
  let redis;
  try {
    const fulfilments = join(dir, "single.log");
    writeFileSync(fulfilments, "");
    const one = await spawnInstance({ API_URL: apiServer.url, FULFILMENTS: fulfilments, STORE: "memory" });
    children.push(one);
    const body = (p) => ({ type: "payment", imp_uid: p.imp_uid, merchant_uid: p.merchant_uid });
    const jobs = (n) =>
      Array.from({ length: n }, (_, i) =>
        api.addPayment({ merchant_uid: `o-${i}-${Math.random()}`, amount: 1000 }),
      ).map((p) => () => post(one.url, body(p)));
    lines.push(`verify, 1,000 sequential distinct payments: ${fmt(await load(jobs(1000), 1))}`);
    lines.push(`verify, 200 concurrent distinct payments: ${fmt(await load(jobs(200), 200))}`);
    const base = (await one.rss()).now;
    const declared = await sendHuge(one.url, 100 * 1024 * 1024, true);
    const streamed = await sendHuge(one.url, 100 * 1024 * 1024, false);
    const { rss } = await one.rss();
    const mb = (n) => `${(n / 1048576).toFixed(0)} MB`;
    lines.push(
      `100 MB body refused (declared: ${declared}, chunked: ${streamed}): peak RSS ${mb(rss)} (${mb(base)} before)`,
    );

    redis = await startRedis();
    for (const store of ["memory", ...(redis ? ["redis"] : [])]) {
      const log = join(dir, `${store}.log`);
      writeFileSync(log, "");
      const env = { API_URL: apiServer.url, FULFILMENTS: log, STORE: store, REDIS_URL: redis?.url ?? "", RUN: store };
      const pair = await Promise.all([spawnInstance(env), spawnInstance(env)]);
      children.push(...pair);
      const payments = Array.from({ length: 2000 }, (_, i) =>
        api.addPayment({ merchant_uid: `${store}-${i}`, amount: 1000 }),
      );
      // The same look-ups straight against the fake API, in the same run: the handler's overhead is the ratio.
      const direct = createIamportClient({ ...KEYS, baseUrl: apiServer.url });
      const raw = await load(
        payments.map((p) => () => direct.getPayment(p.imp_uid)),
        50,
      );
      const handled = await load(
        payments.map((p, i) => () => post(pair[i % 2].url, body(p))),
        50,
      );
      const count = readFileSync(log, "utf8").split("\n").filter(Boolean).length;
      lines.push(
        `${store} store, 2 processes, 2,000 payments at concurrency 50: ${fmt(handled)}; ` +
          `direct fake API ${fmt(raw)}; overhead ×${(handled.wall / raw.wall).toFixed(2)}; fulfilments ${count}/2000`,
      );
    }
    if (!redis) lines.push("Redis figures skipped: no redis-server (set REDIS_SERVER)");
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await redis?.stop();
    await apiServer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv.includes("--instance")) await instance();
else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await serverFigures()) console.log(line);
}

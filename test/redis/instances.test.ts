// Issue 14: two real handler processes behind one fake REST API and one real redis-server.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFakeIamportApi, type FakeIamportApi } from "iamport-react/testing";
import { startRedis } from "./redisServer";

type Instance = { url: string; child: ChildProcess };

const dir = mkdtempSync(join(tmpdir(), "iamport-instances-"));
const redis = await startRedis();
let api: FakeIamportApi;
let apiServer: { url: string; close: () => Promise<void> };
let children: ChildProcess[] = [];
let fulfilments: string;

beforeEach(async () => {
  api = createFakeIamportApi();
  apiServer = await api.listen();
  fulfilments = join(dir, `${crypto.randomUUID()}.log`);
  writeFileSync(fulfilments, "");
});
afterEach(async () => {
  await Promise.all(
    children.map((child) =>
      child.exitCode !== null || child.signalCode
        ? undefined
        : new Promise((r) => (child.once("exit", r), child.kill())),
    ),
  );
  children = [];
  await apiServer.close();
});
afterAll(async () => {
  await redis.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string> = {}, prefix = "shared:"): Promise<Instance> {
  const child = spawn(process.execPath, [join(__dirname, "handlerProcess.mjs")], {
    env: {
      ...process.env,
      API_URL: apiServer.url,
      REDIS_URL: redis.url,
      FULFILMENTS: fulfilments,
      PREFIX: prefix,
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child });
    });
    child.once("exit", (code) => reject(new Error(`handler process exited (${code})`)));
  });
}

const post = async (url: string, body: unknown) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};
/** Posts until the answer is not a retriable 5xx, as the kit's client does. */
async function verifyUntilAnswered(url: string, body: unknown, attempts = 60) {
  for (let i = 0; ; i++) {
    const answer = await post(url, body).catch(() => ({ status: 599, body: null }));
    if (answer.status < 500 || i >= attempts) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const lines = (kind: string) =>
  readFileSync(fulfilments, "utf8")
    .split("\n")
    .filter((line) => line.startsWith(`${kind} `));
const countBy = (kind: string) => {
  const counts = new Map<string, number>();
  for (const line of lines(kind)) counts.set(line.split(" ")[1], (counts.get(line.split(" ")[1]) ?? 0) + 1);
  return counts;
};
const pay = (i: number) => api.addPayment({ merchant_uid: `order-${i}`, amount: 1000 });

describe.each(["redis", "ioredis"])("two instances sharing Redis through %s", (client) => {
  it("fulfils each payment once when the same imp_uid reaches both at once, and answers alike", async () => {
    const prefix = `${crypto.randomUUID()}:`;
    const [a, b] = await Promise.all([start({ CLIENT: client }, prefix), start({ CLIENT: client }, prefix)]);
    const payments = Array.from({ length: 20 }, (_, i) => pay(i));
    const answers = await Promise.all(
      payments.map((payment) => {
        const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: payment.merchant_uid };
        return Promise.all(Array.from({ length: 6 }, (_, i) => verifyUntilAnswered(i % 2 ? a.url : b.url, body)));
      }),
    );
    for (const group of answers) {
      expect(group[0]).toMatchObject({ status: 200, body: { status: "paid" } });
      for (const answer of group) expect(answer).toEqual(group[0]);
    }
    const counts = countBy("verify");
    expect(payments.map((p) => counts.get(p.imp_uid))).toEqual(payments.map(() => 1));
  });
});

describe("two instances, webhook against verify", () => {
  it("runs onVerified and onPayment once each per payment while i'mport's webhook races the browser", async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const payments = Array.from({ length: 10 }, (_, i) => pay(100 + i));
    const verifies = await Promise.all(
      payments.flatMap((payment, i) => {
        const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: payment.merchant_uid };
        const [first, second] = i % 2 ? [a, b] : [b, a];
        return [
          verifyUntilAnswered(first.url, body),
          post(`${second.url}/webhook`, { imp_uid: payment.imp_uid, status: "paid" }),
          post(`${first.url}/webhook`, { imp_uid: payment.imp_uid, status: "paid" }),
          verifyUntilAnswered(second.url, body),
        ];
      }),
    );
    for (let i = 0; i < payments.length; i++) {
      const [v1, w1, w2, v2] = verifies.slice(i * 4, i * 4 + 4);
      expect(v1).toMatchObject({ status: 200, body: { status: "paid" } });
      expect(v2).toEqual(v1);
      expect([w1.status, w2.status]).toEqual([200, 200]);
    }
    const verified = countBy("verify");
    const handed = countBy("webhook");
    expect(payments.map((p) => [verified.get(p.imp_uid), handed.get(p.imp_uid)])).toEqual(payments.map(() => [1, 1]));
    expect(api.requests.filter((r) => r.path === "/payments/cancel")).toEqual([]);
  });
});

describe("an instance killed mid-onVerified", () => {
  it("lets the survivor take the payment over once the dead instance's lock expires", async () => {
    const prefix = `${crypto.randomUUID()}:`;
    const doomed = await start({ SLOW_MS: "4000", TIMEOUT_MS: "1000" }, prefix);
    const survivor = await start({ TIMEOUT_MS: "1000" }, prefix);
    const payment = pay(200);
    const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: payment.merchant_uid };
    const first = post(doomed.url, body).catch(() => ({ status: 599, body: null }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    doomed.child.kill("SIGKILL");
    expect((await first).status).toBeGreaterThanOrEqual(500);
    const answer = await verifyUntilAnswered(survivor.url, body);
    expect(answer).toMatchObject({ status: 200, body: { status: "paid" } });
    expect(await post(survivor.url, body)).toEqual(answer);
    expect(lines("verify")).toEqual([`verify ${payment.imp_uid} ${survivor.child.pid}`]);
  });
});

describe("Redis restarted mid-run", () => {
  it("answers 503 while Redis is down, then the same answers as before, with one fulfilment per payment", async () => {
    const prefix = `${crypto.randomUUID()}:`;
    const [a, b] = await Promise.all([start({}, prefix), start({}, prefix)]);
    const before = Array.from({ length: 10 }, (_, i) => pay(300 + i));
    const body = (p: { imp_uid: string; merchant_uid: string }) => ({
      type: "payment",
      imp_uid: p.imp_uid,
      merchant_uid: p.merchant_uid,
    });
    const first = await Promise.all(before.map((p) => verifyUntilAnswered(a.url, body(p))));
    await redis.stop();
    const during = await post(b.url, body(before[0]));
    expect(during).toEqual({ status: 503, body: { error: "The handler's store is unavailable; try again." } });
    await redis.restart();
    const after = Array.from({ length: 10 }, (_, i) => pay(400 + i));
    const again = await Promise.all(before.map((p) => verifyUntilAnswered(b.url, body(p))));
    expect(again).toEqual(first);
    const fresh = await Promise.all(after.map((p, i) => verifyUntilAnswered(i % 2 ? a.url : b.url, body(p))));
    for (const answer of fresh) expect(answer).toMatchObject({ status: 200, body: { status: "paid" } });
    const counts = countBy("verify");
    expect([...before, ...after].map((p) => counts.get(p.imp_uid))).toEqual([...before, ...after].map(() => 1));
  });
});

import { createConfirmHandler, createIamportClient, type ConfirmRequest, type IamportClient } from "../server";
import { createFakeIamportApi, type FakeIamportApi } from "../testing";
import { postJson, serve } from "../../test/serve";

let api: FakeIamportApi;
let endpoint: string;
let asked: ConfirmRequest[];
let stops: (() => Promise<void>)[] = [];
const orders: Record<string, number | string> = { "order-1": 64900, "order-2": "30000", "sold-out": 1000 };

async function setUp(options: { timeoutMs?: number; slowMs?: number; withClient?: boolean; lenient?: boolean } = {}) {
  api = createFakeIamportApi();
  const server = await api.listen();
  const strict = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl: server.url });
  // A look-up that also answers other spellings of an id (as a case-insensitive collation would).
  const client: IamportClient = options.lenient
    ? { ...strict, getPayment: (id, call) => strict.getPayment(id.trim().toLowerCase(), call) }
    : strict;
  asked = [];
  const confirm = createConfirmHandler({
    client: options.withClient === false ? undefined : client,
    expectedAmount: (merchantUid) => orders[merchantUid],
    timeoutMs: options.timeoutMs,
    approve: async (request, { signal }) => {
      asked.push(request);
      if (options.slowMs) await new Promise((resolve) => setTimeout(resolve, options.slowMs));
      if (signal.aborted) return true;
      return request.merchant_uid === "sold-out" ? { reason: "품절" } : true;
    },
  });
  const app = await serve(confirm);
  endpoint = app.url;
  stops = [server.close, app.close];
}
afterEach(() => Promise.all(stops.map((stop) => stop())));

const ask = async (body: Record<string, unknown>) => {
  const response = await postJson(endpoint, body);
  return { status: response.status, body: await response.json() };
};
/** A payment about to be approved: i'mport's record exists (status ready) while it asks. */
const pending = (merchant_uid: string, amount: number) =>
  api.addPayment({ merchant_uid, amount, status: "ready", pay_method: "card" });

describe("createConfirmHandler", () => {
  beforeEach(() => setUp());

  it("refuses another spelling of an imp_uid, so one payment is never decided (and reserved for) twice", async () => {
    await setUp({ lenient: true });
    const payment = pending("order-1", 64900);
    const other = await ask({ imp_uid: payment.imp_uid.toUpperCase(), merchant_uid: "order-1", amount: 64900 });
    expect(other.status).toBe(409);
    expect(other.body.reason).toContain(payment.imp_uid);
    expect(await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 })).toEqual({
      status: 200,
      body: { approved: true },
    });
    expect(asked).toHaveLength(1);
    expect(await ask({ imp_uid: "..", merchant_uid: "order-1", amount: 64900 })).toEqual({
      status: 400,
      body: { reason: '`imp_uid` cannot be "..".' },
    });
  });

  it.each(["paid", "failed", "cancelled"] as const)(
    "reserves nothing for a payment i'mport already files as %s (the POST is unsigned)",
    async (status) => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900, status, pay_method: "card" });
      const answer = await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 });
      expect(answer).toEqual({ status: 409, body: { reason: expect.stringContaining(`already ${status}`) } });
      expect(asked).toEqual([]);
    },
  );

  it("approves with 200 when the amount matches the order and the merchant agrees", async () => {
    const payment = pending("order-1", 64900);
    expect(await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 })).toEqual({
      status: 200,
      body: { approved: true },
    });
    expect(asked).toEqual([
      expect.objectContaining({ imp_uid: payment.imp_uid, amount: 64900, payment: expect.anything() }),
    ]);
  });

  it("compares numeric strings from the database and the form body as numbers", async () => {
    const payment = pending("order-2", 30000);
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `imp_uid=${payment.imp_uid}&merchant_uid=order-2&amount=30000`,
    });
    expect(response.status).toBe(200);
  });

  it("blocks a tampered amount with a reason that hides the order's amount, before asking the merchant", async () => {
    const payment = pending("order-1", 100);
    // i'mport records the reason as the payment's fail_reason, which the buyer's window shows.
    expect(await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 100 })).toEqual({
      status: 409,
      body: { reason: "The order expects another amount than 100 KRW." },
    });
    expect(asked).toEqual([]);
  });

  it("blocks a posted amount that differs from i'mport's record (the POST is unsigned)", async () => {
    const payment = pending("order-1", 100);
    const answer = await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 });
    expect(answer.status).toBe(409);
    expect(asked).toEqual([]);
  });

  it("passes the merchant's refusal on as the reason", async () => {
    const payment = pending("sold-out", 1000);
    expect(await ask({ imp_uid: payment.imp_uid, merchant_uid: "sold-out", amount: 1000 })).toEqual({
      status: 409,
      body: { reason: "품절" },
    });
  });

  it("answers a repeated POST the same without asking the merchant again", async () => {
    const payment = pending("order-1", 64900);
    const body = { imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 };
    const answers = await Promise.all([ask(body), ask(body), ask(body)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(asked).toHaveLength(1);
    expect((await ask({ ...body, amount: 1 })).status).toBe(409);
  });

  it.each([
    ["an unknown imp_uid", { imp_uid: "imp_404", merchant_uid: "order-1", amount: 64900 }, 404],
    ["a missing amount", { imp_uid: "imp_1", merchant_uid: "order-1" }, 400],
    ["a missing merchant_uid", { imp_uid: "imp_1", amount: 1 }, 400],
  ])("blocks %s with a JSON reason", async (_name, body, status) => {
    const answer = await ask(body);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ reason: expect.any(String) });
    expect(asked).toEqual([]);
  });
});

describe("createConfirmHandler with a slow merchant", () => {
  it("refuses within its own deadline, well inside i'mport's 10 s, and keeps refusing", async () => {
    await setUp({ timeoutMs: 300, slowMs: 1500 });
    const payment = pending("order-1", 64900);
    const answer = await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 });
    expect(answer).toEqual({ status: 504, body: { reason: "The merchant did not decide within 300 ms." } });
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect((await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 })).status).toBe(504);
    expect(asked).toHaveLength(1);
  });

  it("keeps no refusal while i'mport is slow to look the id up: invented ids take no place in the store", async () => {
    await setUp({ timeoutMs: 300 });
    const payment = pending("order-1", 64900);
    api.setLatency(600);
    for (const imp_uid of ["imp_invented_1", payment.imp_uid])
      expect((await ask({ imp_uid, merchant_uid: "order-1", amount: 64900 })).status).toBe(504);
    api.setLatency(0);
    expect((await ask({ imp_uid: "imp_invented_1", merchant_uid: "order-1", amount: 64900 })).status).toBe(404);
    expect(await ask({ imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 64900 })).toEqual({
      status: 200,
      body: { approved: true },
    });
    expect(asked).toHaveLength(1);
  });
});

// Issue 10, server side: what an attacker (or a broken proxy) can send, through a real HTTP server on 127.0.0.1
// with the fake REST API behind it.
import {
  createIamportClient,
  createConfirmHandler,
  createMemoryStore,
  createVerifyHandler,
  createWebhookHandler,
  type IamportClient,
  type Verified,
  type VerifyHandlerOptions,
} from "../server";
import { createFakeIamportApi, type FakeIamportApi } from "../testing";
import { rawRequest } from "../../test/rawHttp";
import { postJson, serve } from "../../test/serve";

let api: FakeIamportApi;
let endpoint: string;
let port: number;
let verified: Verified[];
let client: IamportClient;
let stops: (() => Promise<void>)[] = [];
let orders: Record<
  string,
  VerifyHandlerOptions extends { expectedAmount: (m: string) => infer R } ? Awaited<R> : never
>;

async function setUp(options: Partial<VerifyHandlerOptions> = {}) {
  api = createFakeIamportApi();
  const server = await api.listen();
  client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl: server.url });
  verified = [];
  orders = { "order-1": 64900, "order-2": 30000 };
  const app = await serve(
    createVerifyHandler({
      client,
      expectedAmount: (merchantUid) => orders[merchantUid],
      onVerified: (v) => void verified.push(v),
      ...options,
    }),
  );
  endpoint = app.url;
  port = Number(new URL(app.url).port);
  stops = [server.close, app.close];
}
afterEach(() => Promise.all(stops.map((stop) => stop())));

const verify = (body: Record<string, unknown>) =>
  postJson(endpoint, body).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
const cancels = () => api.requests.filter((r) => r.path === "/payments/cancel");

describe("the verify endpoint under attack", () => {
  beforeEach(() => setUp());

  describe("malformed requests on a raw socket", () => {
    it.each([
      ["TRACE", "TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405],
      ["a Host of [", "POST / HTTP/1.1\r\nHost: [\r\nContent-Length: 0\r\n\r\n", 400],
      ["a Host with a space", "POST / HTTP/1.1\r\nHost: a b\r\nContent-Length: 0\r\n\r\n", 400],
      ["an absolute-form target http://[x", "POST http://[x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 400],
    ])("answers %s with %i and keeps serving", async (_name, request, status) => {
      const answer = await rawRequest(port, request);
      expect(answer.status).toBe(status);
      expect(answer.text).toMatch(/"error":"/);
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body.status).toBe(
        "paid",
      );
    });
  });

  describe("replays", () => {
    it("fulfils once however the body varies around one imp_uid", async () => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      const answers = await Promise.all(
        Array.from({ length: 51 }, (_, i) =>
          verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1", customer_uid: `junk-${i}` }),
        ),
      );
      expect(new Set(answers.map((a) => a.body.status))).toEqual(new Set(["paid"]));
      expect(verified).toHaveLength(1);
    });

    it("still remembers a fulfilled payment after 5,001 posts of invented ids", async () => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" };
      expect((await verify(body)).body.status).toBe("paid");
      for (let start = 0; start < 5001; start += 50)
        await Promise.all(
          Array.from({ length: Math.min(50, 5001 - start) }, (_, i) =>
            verify({ type: "payment", imp_uid: `imp_junk${start + i}`, merchant_uid: "order-1" }),
          ),
        );
      expect((await verify(body)).body.status).toBe("paid");
      expect(verified).toHaveLength(1);
    }, 60_000);
  });

  describe("refunds a buyer could force", () => {
    it("never refunds a paid order after the merchant's partial refund, whatever is re-posted", async () => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" };
      const first = await verify(body);
      expect(first.body.status).toBe("paid");
      // The merchant refunds 10,000 through i'mport and lowers the order to what the buyer keeps.
      await client.cancelPayment({ imp_uid: payment.imp_uid, reason: "one item returned", amount: 10000 });
      orders["order-1"] = 54900;
      expect(await verify(body)).toEqual(first);
      expect(await verify({ ...body, customer_uid: "x" })).toEqual(first);
      expect(cancels()).toHaveLength(1);
      expect(api.payments.get(payment.imp_uid)).toMatchObject({ status: "paid", cancel_amount: 10000 });
      expect(verified).toHaveLength(1);
    });

    it("answers failed, without a refund, for a partly refunded payment it never answered before", async () => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900, cancel_amount: 10000 });
      const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
      expect(answer.body).toMatchObject({ status: "failed", amount: 54900 });
      expect(answer.body.message).toMatch(/partly refunded/);
      expect(cancels()).toEqual([]);
      expect(verified).toEqual([]);
    });

    it("does not refund a payment an earlier verification fulfilled when the order changes", async () => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" };
      await verify(body);
      orders["order-1"] = 99000;
      expect((await verify({ ...body, customer_uid: "junk" })).body.status).toBe("paid");
      expect(cancels()).toEqual([]);
    });

    /** The verify handler and a webhook handler on one shared store, as the README sets them up. */
    async function withWebhook(webhookOptions: { expectedAmount?: boolean; fulfilled?: string[] } = {}) {
      const store = createMemoryStore();
      await setUp({ store });
      const webhook = await serve(
        createWebhookHandler({
          client,
          store,
          expectedAmount: webhookOptions.expectedAmount ? (merchantUid) => orders[merchantUid] : undefined,
          // The merchant's onPayment, as in examples/next: only the order's amount moves the order to paid.
          onPayment: (p) => {
            if (p.status === "paid" && p.amount === orders[p.merchant_uid]) webhookOptions.fulfilled?.push(p.imp_uid);
          },
        }),
      );
      stops.push(webhook.close);
      return (impUid: string) => postJson(webhook.url, { imp_uid: impUid, status: "paid" });
    }

    it("does not refund a payment the webhook handed on at the order's amount (a shared store)", async () => {
      const webhook = await withWebhook({ expectedAmount: true });
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      expect((await webhook(payment.imp_uid)).status).toBe(200);
      orders["order-1"] = 99000;
      const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
      expect(answer.body.status).toBe("forgery");
      expect(cancels()).toEqual([]);
      expect(api.payments.get(payment.imp_uid)).toMatchObject({ status: "paid", cancel_amount: 0 });
    });

    it.each([
      ["with expectedAmount", true],
      ["without expectedAmount", false],
    ])("still cancels a forged amount whose webhook came first (%s)", async (_name, expectedAmount) => {
      const fulfilled: string[] = [];
      const webhook = await withWebhook({ expectedAmount, fulfilled });
      // The buyer edited the amount in the browser: 100 KRW for a 64,900 KRW order; i'mport's webhook wins.
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 100 });
      expect((await webhook(payment.imp_uid)).status).toBe(200);
      expect(fulfilled).toEqual([]);
      const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
      expect(answer.body).toEqual({
        status: "forgery",
        message: "The paid amount does not match the order; the payment was cancelled.",
      });
      expect(api.payments.get(payment.imp_uid)).toMatchObject({ status: "cancelled", cancel_amount: 100 });
    });
  });

  describe("the amount check", () => {
    it("compares a numeric string from the database as a number", async () => {
      orders["order-1"] = "64900";
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body.status).toBe(
        "paid",
      );
      expect(cancels()).toEqual([]);
    });

    it("compares a numeric string from the API as a number", async () => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      (api.payments.get(payment.imp_uid) as { amount: unknown }).amount = "64900";
      expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body).toMatchObject(
        { status: "paid", amount: 64900 },
      );
      expect(cancels()).toEqual([]);
    });

    it("treats a payment in another currency than the order's (KRW by default) as a forgery", async () => {
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900, currency: "USD" });
      const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
      expect(answer.body.status).toBe("forgery");
      expect(cancels()).toHaveLength(1);
      expect(verified).toEqual([]);
    });

    it("accepts { amount, currency } for a USD order", async () => {
      orders["order-1"] = { amount: "12.5", currency: "usd" };
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 12.5, currency: "USD" });
      expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body.status).toBe(
        "paid",
      );
    });
  });

  describe("billing keys", () => {
    it("does not confirm another customer's key for an invented imp_uid", async () => {
      api.addBillingKey({ customer_uid: "victim" });
      const answer = await verify({
        type: "billing_key",
        imp_uid: "imp_invented1",
        merchant_uid: "bill-1",
        customer_uid: "victim",
      });
      expect(answer.body.status).not.toBe("issued");
      expect(JSON.stringify(answer.body)).not.toContain("신한카드");
      expect(verified).toEqual([]);
    });

    it("does not confirm a key whose issue record is for another customer or order", async () => {
      api.addBillingKey({ customer_uid: "victim" });
      const mine = api.addPayment({
        merchant_uid: "bill-1",
        amount: 0,
        customer_uid: "me",
        customer_uid_usage: "issue",
      });
      const answer = await verify({
        type: "billing_key",
        imp_uid: mine.imp_uid,
        merchant_uid: "bill-1",
        customer_uid: "victim",
      });
      expect(answer.body).toEqual({ status: "forgery", message: "This billing key was not issued by this request." });
      const charge = api.addPayment({
        merchant_uid: "bill-1",
        amount: 100,
        customer_uid: "victim",
        customer_uid_usage: "payment",
      });
      const again = await verify({
        type: "billing_key",
        imp_uid: charge.imp_uid,
        merchant_uid: "bill-1",
        customer_uid: "victim",
      });
      expect(again.body.status).toBe("forgery");
      expect(verified).toEqual([]);
    });

    it("answers failed, not issued, when the PG declined a new card for a customer who already has a key", async () => {
      api.addBillingKey({ customer_uid: "cust-1", card_name: "예전 카드" });
      // The buyer tried to replace the card; the PG declined, so i'mport's record of the issuance is `failed`.
      const issue = api.addPayment({
        merchant_uid: "bill-2",
        amount: 0,
        status: "failed",
        customer_uid: "cust-1",
        customer_uid_usage: "issue",
        fail_reason: "카드 한도 초과",
      });
      const body = { type: "billing_key", imp_uid: issue.imp_uid, merchant_uid: "bill-2", customer_uid: "cust-1" };
      expect((await verify(body)).body).toEqual({ status: "failed", message: "카드 한도 초과" });
      expect((await verify(body)).body).toEqual({ status: "failed", message: "카드 한도 초과" });
      expect(verified).toEqual([]);
    });
  });

  describe("what i'mport's answers mean", () => {
    it("answers a retriable 500, not a final failed, when the merchant's onVerified meets an i'mport 404", async () => {
      await setUp({
        // Fulfilment that talks to i'mport too: the cash receipt is not issued yet (i'mport answers 404).
        onVerified: async (v) => {
          if (v.type === "payment") await client.getReceipt(v.payment.imp_uid);
          verified.push(v);
        },
      });
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" };
      const first = await verify(body);
      expect(first).toEqual({ status: 500, body: { error: "Verification failed on the server." } });
      expect(verified).toEqual([]);
      expect(cancels()).toEqual([]);
    });

    it("fulfils only i'mport's own imp_uid spelling, even where its look-up ignores case and spaces", async () => {
      // A look-up that answers other spellings with the same record (as a case-insensitive collation would).
      const lenient: IamportClient = {
        ...client,
        getPayment: (id, call) => client.getPayment(id.trim().toLowerCase(), call),
      };
      const app = await serve(
        createVerifyHandler({
          client: lenient,
          expectedAmount: (merchantUid) => orders[merchantUid],
          onVerified: (v) => void verified.push(v),
        }),
      );
      stops.push(app.close);
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
      const answers = [];
      for (const imp_uid of [`${payment.imp_uid} `, payment.imp_uid.toUpperCase(), payment.imp_uid, payment.imp_uid])
        answers.push(await (await postJson(app.url, { type: "payment", imp_uid, merchant_uid: "order-1" })).json());
      expect(answers.map((answer) => answer.status)).toEqual(["forgery", "forgery", "paid", "paid"]);
      expect(verified).toHaveLength(1);
    });

    it.each([".", ".."])("refuses the imp_uid %j, which would name another i'mport endpoint", async (imp_uid) => {
      const answer = await verify({ type: "payment", imp_uid, merchant_uid: "order-1" });
      expect(answer).toEqual({ status: 400, body: { error: `\`imp_uid\` cannot be "${imp_uid}".` } });
      await expect(client.getPayment(imp_uid)).rejects.toThrow(/`imp_uid` cannot be/);
    });
  });

  describe("bodies", () => {
    it("refuses a declared 100 MB body before reading it", async () => {
      const answer = await rawRequest(
        port,
        `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{`,
      );
      expect(answer.status).toBe(413);
    });

    it("cuts an undeclared (chunked) body off at the limit while it is still arriving", async () => {
      const chunk = "x".repeat(1024);
      const head =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
      const first = `${(1024).toString(16)}\r\n${chunk}\r\n`.repeat(8);
      // 8 KB of an endless body: the answer must come before the body ends (it never does).
      const answer = await rawRequest(port, head + first);
      expect(answer.status).toBe(413);
    });

    it("reads at most the limit from a Web Request body of 8 MB without content-length", async () => {
      let pulled = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1024;
          if (pulled > 8 * 1024 * 1024) controller.close();
          else controller.enqueue(new Uint8Array(1024));
        },
      });
      const handler = createVerifyHandler({ client: createIamportClient(), expectedAmount: () => 1 });
      const response = await handler(
        new Request("http://shop.test/verify", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: endless,
          duplex: "half",
        } as RequestInit),
      );
      expect(response.status).toBe(413);
      expect(pulled).toBeLessThan(64 * 1024);
    });
  });
});

describe("the verify endpoint while i'mport hangs", () => {
  it("answers 504 at its one overall deadline, and verifies once i'mport is back", async () => {
    await setUp({ timeoutMs: 400 });
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    api.setLatency(3000);
    const slow = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
    expect(slow).toEqual({ status: 504, body: { error: "Verification took longer than 400 ms; try again." } });
    expect(verified).toEqual([]);
    api.setLatency(0);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body.status).toBe(
      "paid",
    );
    expect(verified).toHaveLength(1);
  }, 20_000);
});

describe("billing keys with the merchant's checks", () => {
  it("asks expectedCustomer about the signed-in buyer and shows the card only with exposeCard", async () => {
    await setUp({
      expectedCustomer: ({ customer_uid, request }) => request.headers.get("x-buyer") === customer_uid,
      exposeCard: true,
    });
    api.addBillingKey({ customer_uid: "alice" });
    const issue = api.addPayment({
      merchant_uid: "bill-9",
      amount: 0,
      customer_uid: "alice",
      customer_uid_usage: "issue",
    });
    const body = { type: "billing_key", imp_uid: issue.imp_uid, merchant_uid: "bill-9", customer_uid: "alice" };
    const stranger = await postJson(endpoint, body, {
      headers: { "content-type": "application/json", "x-buyer": "mallory" },
    });
    expect(await stranger.json()).toEqual({
      status: "forgery",
      message: "This billing key belongs to another customer.",
    });
    const alice = await postJson(endpoint, body, {
      headers: { "content-type": "application/json", "x-buyer": "alice" },
    });
    expect(await alice.json()).toMatchObject({ status: "issued", card_name: "신한카드" });
    expect(verified).toHaveLength(1);
  });
});

describe("an id with a lone UTF-16 surrogate", () => {
  it("is refused with a 400 naming the field by all three handlers, never a retriable 5xx", async () => {
    const api = createFakeIamportApi();
    const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch });
    const handlers = {
      verify: createVerifyHandler({ client, expectedAmount: () => 64900 }),
      webhook: createWebhookHandler({ client, onPayment: () => {} }),
      confirm: createConfirmHandler({ client, approve: () => true }),
    };
    const imp_uid = "imp_1\ud800";
    const body = { type: "payment", imp_uid, merchant_uid: "order-1", amount: 64900 };
    for (const [name, handler] of Object.entries(handlers)) {
      const response = await handler(
        new Request("http://shop.test/", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      );
      expect([name, response.status]).toEqual([name, 400]);
      expect(JSON.stringify(await response.json())).toContain("`imp_uid` must be well-formed text");
    }
    expect(api.requests.filter((r) => r.path.startsWith("/payments"))).toEqual([]);
  });
});

import { createIamportClient, createMemoryStore, createWebhookHandler, type Payment } from "../server";
import { createFakeIamportApi, type FakeIamportApi } from "../testing";
import { postJson, serve } from "../../test/serve";

let api: FakeIamportApi;
let endpoint: string;
let received: Payment[];
let notices: unknown[];
let failNext = false;
let stops: (() => Promise<void>)[] = [];

beforeEach(async () => {
  api = createFakeIamportApi();
  const server = await api.listen();
  const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl: server.url });
  received = [];
  notices = [];
  failNext = false;
  const app = await serve(
    createWebhookHandler({
      client,
      onPayment: (payment, notice) => {
        if (failNext) {
          failNext = false;
          throw new Error("queue down");
        }
        received.push(structuredClone(payment));
        notices.push(notice);
      },
    }),
  );
  endpoint = app.url;
  stops = [server.close, app.close];
});
afterEach(() => Promise.all(stops.map((stop) => stop())));

describe("createWebhookHandler", () => {
  it("never trusts the posted status: it hands on the payment as i'mport reports it", async () => {
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900, status: "failed" });
    const response = await postJson(endpoint, { imp_uid: payment.imp_uid, merchant_uid: "order-1", status: "paid" });
    expect(await response.json()).toEqual({ ok: true, status: "failed" });
    expect(received.map((p) => p.status)).toEqual(["failed"]);
  });

  it("passes on none of the posted fields: the notice is i'mport's record too", async () => {
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    await postJson(endpoint, { imp_uid: payment.imp_uid, merchant_uid: "order-2", status: "cancelled" });
    expect(notices).toEqual([{ imp_uid: payment.imp_uid, merchant_uid: "order-1", status: "paid" }]);
  });

  it("never counts a billing-key issuance at the order's amount as the order fulfilled", async () => {
    const store = createMemoryStore();
    const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch });
    const webhook = createWebhookHandler({ client, store, expectedAmount: () => 64900, onPayment: () => {} });
    const send = (imp_uid: string) =>
      webhook(
        new Request("http://shop.test/webhook", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ imp_uid }),
        }),
      );
    const { payment: issue } = await api.issueBillingKey({
      merchant_uid: "order-1",
      amount: 64900,
      customer_uid: "c-1",
    });
    const paid = api.addPayment({ merchant_uid: "order-2", amount: 64900 });
    expect((await send(issue.imp_uid)).status).toBe(200);
    expect((await send(paid.imp_uid)).status).toBe(200);
    expect(await store.get(`fulfilled:${issue.imp_uid}`)).toBeUndefined();
    expect(await store.get(`fulfilled:${paid.imp_uid}`)).toMatchObject({ by: "webhook" });
  });

  it("hands each imp_uid and status on once, and again when the status changes", async () => {
    const payment = api.addPayment({ merchant_uid: "order-2", amount: 30000, status: "ready", pay_method: "vbank" });
    await postJson(endpoint, { imp_uid: payment.imp_uid, status: "ready" });
    expect(await (await postJson(endpoint, { imp_uid: payment.imp_uid, status: "ready" })).json()).toEqual({
      ok: true,
      duplicate: true,
    });
    api.payments.get(payment.imp_uid)!.status = "paid";
    await postJson(endpoint, { imp_uid: payment.imp_uid, status: "paid" });
    expect(received.map((p) => p.status)).toEqual(["ready", "paid"]);
  });

  it("accepts the console's form-encoded format", async () => {
    const payment = api.addPayment({ merchant_uid: "order-3", amount: 1000 });
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `imp_uid=${payment.imp_uid}&merchant_uid=order-3&status=paid`,
    });
    expect(response.status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it("asks i'mport to send again when the merchant's handler fails", async () => {
    const payment = api.addPayment({ merchant_uid: "order-4", amount: 1000 });
    failNext = true;
    expect((await postJson(endpoint, { imp_uid: payment.imp_uid })).status).toBe(500);
    expect((await postJson(endpoint, { imp_uid: payment.imp_uid })).status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it.each([
    ["a body without imp_uid", () => postJson(endpoint, { status: "paid" }), 400],
    ["GET", () => fetch(endpoint), 405],
    ["an unknown imp_uid", () => postJson(endpoint, { imp_uid: "imp_999999999999" }), 404],
  ])("answers %s with %i", async (_name, send, status) => {
    expect((await send()).status).toBe(status);
    expect(received).toEqual([]);
  });

  it("answers 502 while i'mport is down", async () => {
    const payment = api.addPayment({ merchant_uid: "order-5", amount: 1000 });
    api.setDown(true);
    expect((await postJson(endpoint, { imp_uid: payment.imp_uid })).status).toBe(502);
  });
});

describe("toNodeListener", () => {
  it("answers 500 instead of hanging when the handler throws", async () => {
    const app = await serve(() => Promise.reject(new Error("boom")));
    try {
      const response = await fetch(app.url, { method: "POST", body: "{}", signal: AbortSignal.timeout(2000) });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: "The handler failed." });
    } finally {
      await app.close();
    }
  });
});

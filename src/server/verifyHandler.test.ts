import { createIamportClient, createVerifyHandler, type Verified } from "../server";
import { createFakeIamportApi, type FakeIamportApi } from "../testing";
import { postJson, serve } from "../../test/serve";

let api: FakeIamportApi;
let stops: (() => Promise<void>)[] = [];
let endpoint: string;
let verified: Verified[];
const orders: Record<string, number> = { "order-1": 64900, "order-2": 64900, "order-3": 30000 };

async function setUp(options: { onVerified?: (v: Verified) => void | Promise<void> } = {}) {
  api = createFakeIamportApi();
  const server = await api.listen();
  const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl: server.url });
  verified = [];
  const handler = createVerifyHandler({
    client,
    expectedAmount: (merchantUid) => orders[merchantUid],
    onVerified: options.onVerified ?? ((v) => void verified.push(v)),
  });
  const app = await serve(handler);
  endpoint = app.url;
  stops = [server.close, app.close];
}
afterEach(() => Promise.all(stops.map((stop) => stop())));

const verify = (body: Record<string, unknown>) =>
  postJson(endpoint, body).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
const lookups = () => api.requests.filter((r) => r.path.startsWith("/payments/imp_")).length;

describe("createVerifyHandler", () => {
  beforeEach(() => setUp());

  it("answers paid when i'mport's amount matches your order, and fulfils once", async () => {
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
    expect(answer).toEqual({
      status: 200,
      body: {
        status: "paid",
        imp_uid: payment.imp_uid,
        merchant_uid: "order-1",
        amount: 64900,
        pay_method: "card",
        receipt_url: payment.receipt_url,
      },
    });
    expect(verified).toEqual([
      expect.objectContaining({
        type: "payment",
        status: "paid",
        payment: expect.objectContaining({ imp_uid: payment.imp_uid }),
      }),
    ]);
  });

  it("answers forgery and cancels with a checksum when the amount was tampered with", async () => {
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 100 });
    const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1", amount: 100 });
    expect(answer.body).toEqual({
      status: "forgery",
      message: "The paid amount does not match the order; the payment was cancelled.",
    });
    expect(api.requests.find((r) => r.path === "/payments/cancel")?.body).toMatchObject({
      imp_uid: payment.imp_uid,
      checksum: 100,
    });
    expect(api.payments.get(payment.imp_uid)).toMatchObject({ status: "cancelled", cancel_amount: 100 });
    expect(verified).toEqual([]);
  });

  it("answers the same to a replay and looks i'mport up once", async () => {
    const payment = api.addPayment({ merchant_uid: "order-2", amount: 64900 });
    const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-2" };
    const first = await verify(body);
    const second = await verify(body);
    expect(second).toEqual(first);
    expect(lookups()).toBe(1);
    expect(verified).toHaveLength(1);
  });

  it("answers concurrent verifications of one imp_uid alike: one fulfilment, one cancel of a forgery", async () => {
    const good = api.addPayment({ merchant_uid: "order-2", amount: 64900 });
    const forged = api.addPayment({ merchant_uid: "order-1", amount: 1 });
    const answers = await Promise.all([
      ...Array.from({ length: 5 }, () => verify({ type: "payment", imp_uid: good.imp_uid, merchant_uid: "order-2" })),
      ...Array.from({ length: 5 }, () => verify({ type: "payment", imp_uid: forged.imp_uid, merchant_uid: "order-1" })),
    ]);
    expect(new Set(answers.slice(0, 5).map((a) => a.body.status))).toEqual(new Set(["paid"]));
    expect(new Set(answers.slice(5).map((a) => a.body.status))).toEqual(new Set(["forgery"]));
    expect(verified).toHaveLength(1);
    expect(api.requests.filter((r) => r.path === "/payments/cancel")).toHaveLength(1);
  });

  it("keeps working when the access token expires between verifications", async () => {
    const first = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    const second = api.addPayment({ merchant_uid: "order-2", amount: 64900 });
    await verify({ type: "payment", imp_uid: first.imp_uid, merchant_uid: "order-1" });
    api.expireTokens();
    expect((await verify({ type: "payment", imp_uid: second.imp_uid, merchant_uid: "order-2" })).body.status).toBe(
      "paid",
    );
    expect(api.requests.filter((r) => r.path === "/users/getToken")).toHaveLength(2);
  });

  it("answers ready with the bank details for an issued virtual account", async () => {
    const payment = api.addPayment({ merchant_uid: "order-3", amount: 30000, status: "ready", pay_method: "vbank" });
    const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-3" });
    expect(answer.body).toMatchObject({
      status: "ready",
      vbank: {
        vbank_num: "T1234-5678-9012",
        vbank_name: "국민은행",
        vbank_code: "004",
        vbank_holder: "(주)아임포트테스트",
        vbank_date: payment.vbank_date,
      },
    });
    expect(verified[0]).toMatchObject({ status: "ready" });
  });

  it.each([
    [
      "a failed payment",
      { status: "failed" as const, fail_reason: "카드 한도 초과" },
      { status: "failed", message: "카드 한도 초과" },
    ],
    [
      "an abandoned window",
      { status: "ready" as const, pay_method: "card" },
      { status: "failed", message: "The payment was not completed." },
    ],
  ])("answers failed for %s", async (_name, fields, expected) => {
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900, ...fields });
    expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body).toMatchObject(
      expected,
    );
  });

  it("answers forgery without a cancel when the imp_uid is for another order or an unknown one", async () => {
    const payment = api.addPayment({ merchant_uid: "order-2", amount: 64900 });
    expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body).toEqual({
      status: "forgery",
      message: "This payment belongs to another order.",
    });
    const stranger = api.addPayment({ merchant_uid: "order-unknown", amount: 500 });
    expect((await verify({ type: "payment", imp_uid: stranger.imp_uid, merchant_uid: "order-unknown" })).body).toEqual({
      status: "forgery",
      message: "No such order.",
    });
    expect(api.requests.filter((r) => r.path === "/payments/cancel")).toHaveLength(0);
  });

  it("answers failed for an imp_uid i'mport does not know", async () => {
    expect((await verify({ type: "payment", imp_uid: "imp_999999999999", merchant_uid: "order-1" })).body).toEqual({
      status: "failed",
      message: "존재하지 않는 결제정보입니다.",
    });
  });

  it("answers 502 while i'mport is down, and verifies once it is back", async () => {
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    api.setDown(true);
    const down = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
    expect(down).toEqual({ status: 502, body: { error: "i'mport is unreachable; try again." } });
    api.setDown(false);
    expect((await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).body.status).toBe(
      "paid",
    );
  });

  it("verifies a billing key issued by this request, without card details for the browser", async () => {
    api.addBillingKey({ customer_uid: "customer-7" });
    const issue = api.addPayment({
      merchant_uid: "bill-1",
      amount: 0,
      customer_uid: "customer-7",
      customer_uid_usage: "issue",
    });
    const answer = await verify({
      type: "billing_key",
      imp_uid: issue.imp_uid,
      merchant_uid: "bill-1",
      customer_uid: "customer-7",
    });
    expect(answer.body).toEqual({
      status: "issued",
      imp_uid: issue.imp_uid,
      merchant_uid: "bill-1",
      customer_uid: "customer-7",
    });
    expect(verified).toEqual([expect.objectContaining({ type: "billing_key", billingKey: expect.anything() })]);
  });

  it("verifies an issuance that charged (requestPay with a customer_uid at Kakao Pay) as a payment", async () => {
    const { payment } = await api.issueBillingKey({
      merchant_uid: "order-1",
      amount: 64900,
      pg: "kakaopay",
      customer_uid: "customer-6",
    });
    const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
    expect(answer.body).toMatchObject({ status: "paid", amount: 64900 });
    expect(verified.map((v) => v.type)).toEqual(["payment"]);
    // A charge that does not match the order is refunded like any forged payment, and nobody learns the order's.
    const { payment: forged } = await api.issueBillingKey({
      merchant_uid: "order-3",
      amount: 100,
      pg: "kakaopay",
      customer_uid: "customer-5",
    });
    const refused = await verify({ type: "payment", imp_uid: forged.imp_uid, merchant_uid: "order-3" });
    expect(refused.body).toMatchObject({ status: "forgery" });
    const cancel = api.requests.find((r) => r.path === "/payments/cancel");
    expect(JSON.stringify(cancel)).not.toContain("30000");
    expect(api.payments.get(forged.imp_uid)?.status).toBe("cancelled");
  });

  it("never fulfils or refunds a billing-key issuance posted as a payment, whatever its window showed", async () => {
    const shown = await api.issueBillingKey({
      merchant_uid: "order-1",
      amount: 64900,
      pg: "html5_inicis",
      customer_uid: "customer-8",
    });
    const forged = await api.issueBillingKey({ merchant_uid: "order-3", amount: 100, customer_uid: "customer-9" });
    for (const { payment } of [shown, forged])
      expect(
        await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: payment.merchant_uid }),
      ).toMatchObject({ status: 200, body: { status: "forgery", message: expect.stringContaining("billing_key") } });
    expect(verified).toEqual([]);
    expect(api.requests.filter((r) => r.path === "/payments/cancel")).toEqual([]);
    expect(api.payments.get(forged.payment.imp_uid)?.status).toBe("paid");
    // The same issuance, verified as what it is, is fulfilled once.
    const answer = await verify({
      type: "billing_key",
      imp_uid: shown.payment.imp_uid,
      merchant_uid: "order-1",
      customer_uid: "customer-8",
    });
    expect(answer.body).toMatchObject({ status: "issued" });
    expect(verified.map((v) => v.type)).toEqual(["billing_key"]);
  });

  it.each(["payment", "payment.scheduled"])(
    "never refunds nor fulfils a charge the server made with a billing key (%s), whatever its amount",
    async (usage) => {
      // A prorated charge: 4,950 for an order row of 64,900.
      const charge = api.addPayment({
        merchant_uid: "order-1",
        amount: 4950,
        customer_uid: "customer-7",
        customer_uid_usage: usage as "payment",
      });
      const answer = await verify({ type: "payment", imp_uid: charge.imp_uid, merchant_uid: "order-1" });
      expect(answer.body).toMatchObject({ status: "forgery", message: expect.stringContaining("billing key") });
      expect(api.requests.filter((r) => r.path === "/payments/cancel")).toEqual([]);
      expect(api.payments.get(charge.imp_uid)?.status).toBe("paid");
      expect(verified).toEqual([]);
    },
  );

  it("answers a forged virtual account without the order's amount, and never refunds its deposit blindly", async () => {
    const issued = api.addPayment({ merchant_uid: "order-1", amount: 1000, status: "ready", pay_method: "vbank" });
    const forged = await verify({ type: "payment", imp_uid: issued.imp_uid, merchant_uid: "order-1" });
    expect(forged.body).toMatchObject({ status: "forgery", message: expect.stringContaining("paid 1000 KRW") });
    expect(JSON.stringify(forged.body)).not.toContain("64900");
    // Deposited: a refund needs the depositor's account, which i'mport's record does not hold.
    const deposited = api.addPayment({ merchant_uid: "order-2", amount: 1000, status: "paid", pay_method: "vbank" });
    for (let attempt = 0; attempt < 2; attempt++)
      expect(await verify({ type: "payment", imp_uid: deposited.imp_uid, merchant_uid: "order-2" })).toMatchObject({
        status: 200,
        body: { status: "forgery", message: expect.stringContaining("refund the deposit from i'mport's console") },
      });
    expect(api.requests.filter((r) => r.path === "/payments/cancel")).toEqual([]);
    expect(verified).toEqual([]);
  });

  it("verifies a certification through getCertification, keeping CI/DI on the server", async () => {
    const certification = api.addCertification({ merchant_uid: "cert-1" });
    const answer = await verify({ type: "certification", imp_uid: certification.imp_uid, merchant_uid: "cert-1" });
    expect(answer.body).toEqual({ status: "certified", imp_uid: certification.imp_uid, merchant_uid: "cert-1" });
    expect(JSON.stringify(answer.body)).not.toContain("CI-fake");
    expect(verified[0]).toMatchObject({
      type: "certification",
      certification: { unique_key: "CI-fake", unique_in_site: "DI-fake" },
    });
    expect(
      (await verify({ type: "certification", imp_uid: certification.imp_uid, merchant_uid: "cert-other" })).body.status,
    ).toBe("forgery");
  });

  describe("malformed requests", () => {
    it.each([
      ["GET", () => fetch(endpoint), 405, "Use POST (got GET)."],
      [
        "a text body",
        () => fetch(endpoint, { method: "POST", headers: { "content-type": "text/plain" }, body: "imp_uid=1" }),
        400,
        "Send the body as `content-type: application/json`.",
      ],
      [
        "invalid JSON",
        () => fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
        400,
        "The body is not valid JSON.",
      ],
      [
        "an unknown type",
        () => postJson(endpoint, { type: "refund", imp_uid: "imp_1", merchant_uid: "o" }),
        400,
        "`type` must be one of payment, billing_key, certification.",
      ],
      [
        "a missing imp_uid",
        () => postJson(endpoint, { type: "payment", merchant_uid: "o" }),
        400,
        "`imp_uid` must be a non-empty string.",
      ],
      [
        "a billing key without customer_uid",
        () => postJson(endpoint, { type: "billing_key", imp_uid: "imp_1", merchant_uid: "o" }),
        400,
        "`customer_uid` is required for a billing_key.",
      ],
      [
        "an oversized body",
        () => postJson(endpoint, { type: "payment", imp_uid: "imp_1", merchant_uid: "o", padding: "x".repeat(5000) }),
        413,
        "The body is 5068 bytes; at most 4096 are accepted.",
      ],
    ])("rejects %s with a JSON error", async (_name, send, status, error) => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error });
      expect(api.requests).toEqual([]);
    });
  });
});

describe("createVerifyHandler with a failing onVerified", () => {
  it("answers 500 and fulfils on the next attempt", async () => {
    let calls = 0;
    await setUp({
      onVerified: () => {
        if (calls++ === 0) throw new Error("database down");
      },
    });
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" };
    expect((await verify(body)).status).toBe(500);
    expect((await verify(body)).body.status).toBe("paid");
    expect(calls).toBe(2);
  });
});

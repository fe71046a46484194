import { installFakeIamport } from "../testing/fakeIamport";
import { journal } from "./journal";
import type { OutcomeOf } from "./outcome";
import { startRequest, type Pipeline, type RequestSpec } from "./session";
import { billingKeySpec, certificationSpec, paymentSpec } from "./specs";
import type { RequestKind } from "./types";

const specs: Record<RequestKind, RequestSpec<RequestKind>> = {
  payment: paymentSpec,
  billing_key: billingKeySpec,
  certification: certificationSpec,
};

const pipeline = (overrides: Partial<Pipeline> = {}): Pipeline => ({
  userCode: "imp12345678",
  verify: () => Promise.resolve({ status: "paid" }),
  emit: () => undefined,
  ...overrides,
});

const pay = { merchant_uid: "order-1", amount: 1000, pay_method: "card" };
const bill = { merchant_uid: "bill-1", amount: 0, customer_uid: "customer-1" };

type Case = [name: string, kind: RequestKind, params: unknown, field: string, message: RegExp];

const cases: Case[] = [
  ["params that are not an object", "payment", "order-1", "params", /`requestPay`: `params` must be an object/],
  ["params that are an array", "payment", [pay], "params", /`params` must be an object/],
  [
    "a missing merchant_uid",
    "payment",
    { amount: 1000 },
    "merchant_uid",
    /^`requestPay`: `merchant_uid` is required\. Pass your order id as a non-empty string/,
  ],
  ["an empty merchant_uid", "payment", { ...pay, merchant_uid: "  " }, "merchant_uid", /`merchant_uid` is required/],
  ["a numeric merchant_uid", "payment", { ...pay, merchant_uid: 1001 }, "merchant_uid", /\(got 1001\)/],
  [
    "a merchant_uid over 40 characters",
    "payment",
    { ...pay, merchant_uid: "x".repeat(41) },
    "merchant_uid",
    /at most 40 characters \(got 41\)/,
  ],
  ["a missing amount", "payment", { merchant_uid: "order-1" }, "amount", /`amount` is required/],
  [
    "an amount given as a string",
    "payment",
    { ...pay, amount: "1000" },
    "amount",
    /must be a number, not a string \(got "1000"\)/,
  ],
  ["an amount that is NaN", "payment", { ...pay, amount: Number.NaN }, "amount", /must be a positive number/],
  ["an infinite amount", "payment", { ...pay, amount: Infinity }, "amount", /must be a positive number/],
  [
    "an amount of 0 for a payment",
    "payment",
    { ...pay, amount: 0 },
    "amount",
    /must be a positive number \(got 0\)\. Only a billing key may be issued for 0\./,
  ],
  ["a negative amount", "payment", { ...pay, amount: -500 }, "amount", /positive number .*\(got -500\)/],
  [
    "a fractional KRW amount",
    "payment",
    { ...pay, amount: 1000.5 },
    "amount",
    /`requestPay`: `amount` must be a positive integer for KRW \(got 1000.5\)\./,
  ],
  [
    "a fractional amount with KRW spelt out",
    "payment",
    { ...pay, currency: "KRW", amount: 99.9 },
    "amount",
    /integer for KRW/,
  ],
  ["a lower-case currency", "payment", { ...pay, currency: "krw" }, "currency", /three-letter upper-case code/],
  [
    "a negative billing amount",
    "billing_key",
    { ...bill, amount: -1 },
    "amount",
    /`issueBillingKey`: `amount` must be 0 or a positive number/,
  ],
  [
    "tax_free larger than amount",
    "payment",
    { ...pay, tax_free: 2000 },
    "tax_free",
    /cannot be larger than `amount` \(1000\)/,
  ],
  ["a negative tax_free", "payment", { ...pay, tax_free: -1 }, "tax_free", /0 or more/],
  [
    "vat_amount larger than amount",
    "payment",
    { ...pay, vat_amount: 1001 },
    "vat_amount",
    /cannot be larger than `amount`/,
  ],
  [
    "a vat_amount given as a string",
    "payment",
    { ...pay, vat_amount: "91" },
    "vat_amount",
    /must be a number of 0 or more/,
  ],
  [
    "a relative m_redirect_url",
    "payment",
    { ...pay, m_redirect_url: "/pay/return" },
    "m_redirect_url",
    /must be an absolute http\(s\) URL \(got "\/pay\/return"\)\. Use a full address/,
  ],
  [
    "an ftp m_redirect_url",
    "payment",
    { ...pay, m_redirect_url: "ftp://shop.example/return" },
    "m_redirect_url",
    /absolute http\(s\) URL/,
  ],
  [
    "an m_redirect_url that is not a URL",
    "payment",
    { ...pay, m_redirect_url: "shop.example/return" },
    "m_redirect_url",
    /absolute/,
  ],
  ["a relative notice_url", "payment", { ...pay, notice_url: "/webhook" }, "notice_url", /absolute/],
  [
    "one bad notice_url in a list",
    "payment",
    { ...pay, notice_url: ["https://a.example/hook", "hook"] },
    "notice_url",
    /\(got "hook"\)/,
  ],
  ["a relative confirm_url", "payment", { ...pay, confirm_url: "/confirm" }, "confirm_url", /absolute/],
  [
    "an empty customer_uid on a payment",
    "payment",
    { ...pay, customer_uid: "" },
    "customer_uid",
    /must be a non-empty string \(got ""\)\. Omit it for a one-off payment\./,
  ],
  [
    "a billing key without customer_uid",
    "billing_key",
    { merchant_uid: "bill-1", amount: 0 },
    "customer_uid",
    /`issueBillingKey`: `customer_uid` is required to issue a billing key/,
  ],
  [
    "a billing key with a numeric customer_uid",
    "billing_key",
    { ...bill, customer_uid: 42 },
    "customer_uid",
    /\(got 42\)/,
  ],
  [
    "a billing key through a virtual account",
    "billing_key",
    { ...bill, pay_method: "vbank" },
    "pay_method",
    /cannot be vbank for a billing key \(got "vbank"\)\. Use "card"/,
  ],
  ["a malformed buyer_email", "payment", { ...pay, buyer_email: "buyer.example.com" }, "buyer_email", /e-mail address/],
  [
    "a pay_method Danal's phone window does not offer",
    "payment",
    { ...pay, pg: "danal.A010002002", pay_method: "card" },
    "pay_method",
    /is not offered by `pg` "danal" \(got "card"\)\. Use one of "phone"\./,
  ],
  ["an empty pay_method", "payment", { ...pay, pay_method: "" }, "pay_method", /must be a non-empty string \(got ""\)/],
  [
    "a malformed vbank_due",
    "payment",
    { ...pay, pay_method: "vbank", vbank_due: "next friday" },
    "vbank_due",
    /must be a date \(got "next friday"\)\. Use "2026-12-31"/,
  ],
  [
    "a period without YYYYMMDD dates",
    "payment",
    { ...pay, period: { from: "2026-01-01", to: "2026-12-31" } },
    "period",
    /YYYYMMDD/,
  ],
  [
    "card_quota with a fractional month",
    "payment",
    { ...pay, display: { card_quota: [2, 3.5] } },
    "display.card_quota",
    /whole months/,
  ],
  [
    "a certification with a negative min_age",
    "certification",
    { min_age: -19 },
    "min_age",
    /`certify`: `min_age` must be a whole number/,
  ],
  [
    "a certification with an unknown carrier",
    "certification",
    { carrier: "VERIZON" },
    "carrier",
    /one of SKT, KTF, LGT, MVNO/,
  ],
  [
    "a certification with a relative m_redirect_url",
    "certification",
    { m_redirect_url: "/verified" },
    "m_redirect_url",
    /absolute/,
  ],
  [
    "a certification whose merchant_uid is too long",
    "certification",
    { merchant_uid: "c".repeat(50) },
    "merchant_uid",
    /at most 40/,
  ],
];

describe("invalid params", () => {
  it.each(cases)("rejects %s, naming the field, and opens no window", async (_name, kind, params, field, message) => {
    const fake = installFakeIamport();
    const outcome = (await startRequest(specs[kind], params, pipeline(), () => undefined)) as OutcomeOf<RequestKind> & {
      error?: { code: string; field?: string; message: string };
    };
    expect(outcome.status).toBe("failed");
    expect(outcome.error).toMatchObject({ code: "INVALID_PARAMS", field });
    expect(outcome.error?.message).toMatch(message);
    expect(fake.calls.filter((c) => c.method === "request_pay" || c.method === "certification")).toEqual([]);
    expect(journal.unverified()).toEqual([]);
    expect(sessionStorage.getItem("iamport-react:journal")).toBeNull();
  });

  it("has at least 30 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it("rejects an invalid tierCode before opening anything", async () => {
    const fake = installFakeIamport();
    const outcome = await startRequest(paymentSpec, pay, pipeline({ tierCode: "a1" }), () => undefined);
    expect(outcome).toMatchObject({ status: "failed", error: { code: "INVALID_PARAMS", field: "tierCode" } });
    expect(fake.calls).toEqual([]);
  });
});

describe("valid params", () => {
  it("accepts a billing key of amount 0 and a USD amount with cents", async () => {
    const fake = installFakeIamport();
    await expect(
      startRequest(
        billingKeySpec,
        bill,
        pipeline({ verify: () => Promise.resolve({ status: "issued" }) }),
        () => undefined,
      ),
    ).resolves.toMatchObject({ status: "issued", customer_uid: "customer-1" });
    await expect(
      startRequest(
        paymentSpec,
        { ...pay, merchant_uid: "order-usd", currency: "USD", amount: 12.5, pg: "paypal", pay_method: "paypal" },
        pipeline(),
        () => undefined,
      ),
    ).resolves.toMatchObject({ status: "paid" });
    expect(
      fake.calls.filter((c) => c.method === "request_pay").map((c) => (c.args[0] as { pay_method: string }).pay_method),
    ).toEqual(["card", "paypal"]);
  });

  it("warns in development about fields a PG needs", async () => {
    installFakeIamport();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await startRequest(paymentSpec, { ...pay, pg: "html5_inicis" }, pipeline(), () => undefined);
    await startRequest(
      paymentSpec,
      { ...pay, merchant_uid: "order-2", pg: "tosspayments", buyer_tel: "010" },
      pipeline(),
      () => undefined,
    );
    await startRequest(
      paymentSpec,
      { ...pay, merchant_uid: "order-3", pay_method: "phone" },
      pipeline(),
      () => undefined,
    );
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      expect.stringContaining('`pg` "html5_inicis" should also send `buyer_tel`'),
      expect.stringContaining('`pg` "tosspayments" should also send `buyer_name`'),
      expect.stringContaining("should also send `digital`"),
    ]);
  });
});

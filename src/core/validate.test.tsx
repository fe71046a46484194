import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import {
  IamportProvider,
  useBillingKey,
  useCertification,
  usePayment,
  type BillingKeyOutcome,
  type CertificationOutcome,
  type PaymentOutcome,
  type VerifyRequest,
} from "..";
import { installFakeIamport } from "../testing";
import {
  billingKeyExamples,
  certificationExamples,
  naverOrderExamples,
  paymentExamples,
  paymentFragments,
} from "../../test/requestExamples";
import type { RequestKind } from "./types";

afterEach(() => vi.restoreAllMocks());

type Outcome = PaymentOutcome | BillingKeyOutcome | CertificationOutcome;
const ANSWER = { payment: "paid", billing_key: "issued", certification: "certified" } as const;

function wrapper({ children }: { children: ReactNode }) {
  const verify = (request: VerifyRequest) => Promise.resolve({ status: ANSWER[request.type] });
  return (
    <IamportProvider userCode="imp12345678" verify={verify}>
      {children}
    </IamportProvider>
  );
}

/** Sends `params` through the public hook of `kind`, as a merchant's button would, and returns the outcome. */
async function send(kind: RequestKind, params: unknown): Promise<Outcome> {
  const { result } = renderHook(
    () => ({ payment: usePayment(), billing_key: useBillingKey(), certification: useCertification() }),
    { wrapper },
  );
  let outcome: Outcome | undefined;
  await act(async () => {
    const hooks = result.current;
    outcome =
      kind === "payment"
        ? await hooks.payment.requestPay(params as never)
        : kind === "billing_key"
          ? await hooks.billing_key.issueBillingKey(params as never)
          : await hooks.certification.certify(params as never);
  });
  return outcome!;
}

const windows = (fake: ReturnType<typeof installFakeIamport>) =>
  fake.calls.filter((c) => c.method === "request_pay" || c.method === "certification");

const pay = { merchant_uid: "order-1", amount: 1000, pay_method: "card" };
const bill = { merchant_uid: "bill-1", amount: 0, customer_uid: "customer-1" };
const cycle: Record<string, unknown> = { a: 1 };
cycle.self = cycle;

type Case = [name: string, kind: RequestKind, params: unknown, field: string, message: RegExp];

const cases: Case[] = [
  // The whole object
  ["params that are not an object", "payment", "order-1", "params", /^`requestPay`: `params` must be an object/],
  ["params that are an array", "payment", [pay], "params", /`params` must be an object \(got an array\)/],
  ["params that are null", "billing_key", null, "params", /^`issueBillingKey`: `params` must be an object/],
  // merchant_uid
  ["a missing merchant_uid", "payment", { amount: 1000 }, "merchant_uid", /`merchant_uid` is required .*order id/],
  ["an empty merchant_uid", "payment", { ...pay, merchant_uid: "  " }, "merchant_uid", /is required/],
  ["a numeric merchant_uid", "payment", { ...pay, merchant_uid: 1001 }, "merchant_uid", /\(got 1001\)/],
  [
    "a merchant_uid over 40 characters",
    "payment",
    { ...pay, merchant_uid: "x".repeat(41) },
    "merchant_uid",
    /at most 40/,
  ],
  [
    "a merchant_uid with a newline",
    "payment",
    { ...pay, merchant_uid: "order-1\n" },
    "merchant_uid",
    /no control characters/,
  ],
  [
    "a merchant_uid with a NUL",
    "payment",
    { ...pay, merchant_uid: "order\u00001" },
    "merchant_uid",
    /no control characters/,
  ],
  [
    "a merchant_uid with a tab",
    "billing_key",
    { ...bill, merchant_uid: "bill\t1" },
    "merchant_uid",
    /no control characters/,
  ],
  // amount
  ["a missing amount", "payment", { merchant_uid: "order-1" }, "amount", /`amount` is required/],
  ["an amount given as a string", "payment", { ...pay, amount: "1000" }, "amount", /not a string \(got "1000"\)/],
  ["an amount that is NaN", "payment", { ...pay, amount: Number.NaN }, "amount", /from 0 to 9007199254740991/],
  ["an infinite amount", "payment", { ...pay, amount: Infinity }, "amount", /from 0 to/],
  ["an amount past MAX_SAFE_INTEGER", "payment", { ...pay, amount: 2 ** 53 }, "amount", /from 0 to 9007199254740991/],
  ["an amount of 1e21", "payment", { ...pay, amount: 1e21 }, "amount", /\(got 1e\+21\)/],
  ["an amount given as a BigInt", "payment", { ...pay, amount: 1000n }, "amount", /`amount` is required \(got 1000\)/],
  [
    "an amount of 0 for a payment",
    "payment",
    { ...pay, amount: 0 },
    "amount",
    /must be a positive number \(got 0\)\. .*0 only for a billing key/,
  ],
  ["a negative amount", "payment", { ...pay, amount: -500 }, "amount", /\(got -500\)/],
  [
    "a fractional KRW amount",
    "payment",
    { ...pay, amount: 1000.5 },
    "amount",
    /^`requestPay`: `amount` must be a positive integer for KRW \(got 1000.5\)\./,
  ],
  ["a fractional JPY amount", "payment", { ...pay, currency: "JPY", amount: 99.9 }, "amount", /integer for JPY/],
  ["a USD amount below a cent", "payment", { ...pay, currency: "USD", amount: 12.345 }, "amount", /2 decimal places/],
  ["a USD amount of 1e-7", "payment", { ...pay, currency: "USD", amount: 1e-7 }, "amount", /decimal places for USD/],
  ["a negative billing amount", "billing_key", { ...bill, amount: -1 }, "amount", /^`issueBillingKey`: `amount`/],
  // currency
  ["a lower-case currency", "payment", { ...pay, currency: "krw" }, "currency", /ISO 4217/],
  ["an unknown currency", "payment", { ...pay, currency: "ABC" }, "currency", /ISO 4217 code \(got "ABC"\)/],
  ["a currency given as a number", "payment", { ...pay, currency: 410 }, "currency", /ISO 4217/],
  // tax_free / vat_amount
  ["tax_free larger than amount", "payment", { ...pay, tax_free: 2000 }, "tax_free", /cannot be larger than `amount`/],
  ["a negative tax_free", "payment", { ...pay, tax_free: -1 }, "tax_free", /0 or more/],
  ["vat_amount larger than amount", "payment", { ...pay, vat_amount: 1001 }, "vat_amount", /larger than `amount`/],
  ["a vat_amount given as a string", "payment", { ...pay, vat_amount: "91" }, "vat_amount", /0 or more/],
  [
    "tax_free + vat_amount larger than amount",
    "payment",
    { ...pay, tax_free: 600, vat_amount: 500 },
    "vat_amount",
    /plus `tax_free` cannot be larger than `amount`/,
  ],
  // URLs
  ["a relative m_redirect_url", "payment", { ...pay, m_redirect_url: "/pay/return" }, "m_redirect_url", /absolute/],
  [
    "an ftp m_redirect_url",
    "payment",
    { ...pay, m_redirect_url: "ftp://shop.example/r" },
    "m_redirect_url",
    /http\(s\)/,
  ],
  [
    "a javascript: m_redirect_url",
    "payment",
    { ...pay, m_redirect_url: "javascript:alert(1)" },
    "m_redirect_url",
    /http/,
  ],
  [
    "an m_redirect_url with a space",
    "payment",
    { ...pay, m_redirect_url: "https://shop.example/pay return" },
    "m_redirect_url",
    /absolute http\(s\) URL \(got "https:\/\/shop.example\/pay return"\)\. .*no spaces/,
  ],
  [
    "an m_redirect_url with a newline",
    "payment",
    { ...pay, m_redirect_url: "https://shop.example/return\nSet-Cookie: x" },
    "m_redirect_url",
    /\\n/,
  ],
  [
    "an m_redirect_url with markup",
    "payment",
    { ...pay, m_redirect_url: 'https://shop.example/"><script>alert(1)</script>' },
    "m_redirect_url",
    /absolute http/,
  ],
  [
    "an m_redirect_url with a URL after text",
    "payment",
    { ...pay, m_redirect_url: "see https://shop.example/return" },
    "m_redirect_url",
    /absolute/,
  ],
  ["an m_redirect_url with no host", "payment", { ...pay, m_redirect_url: "https://" }, "m_redirect_url", /absolute/],
  [
    "an m_redirect_url given as a URL object",
    "payment",
    { ...pay, m_redirect_url: new URL("https://a.b/") },
    "m_redirect_url",
    /an object/,
  ],
  ["a relative notice_url", "payment", { ...pay, notice_url: "/webhook" }, "notice_url", /absolute/],
  [
    "one bad notice_url in a list",
    "payment",
    { ...pay, notice_url: ["https://a.example/h", "hook"] },
    "notice_url",
    /an array/,
  ],
  [
    "a confirm_url with a tab",
    "payment",
    { ...pay, confirm_url: "https://a.example/\tconfirm" },
    "confirm_url",
    /absolute http\(s\) URL \(got "https:\/\/a.example\/\\tconfirm"\)/,
  ],
  // customer_uid
  ["an empty customer_uid on a payment", "payment", { ...pay, customer_uid: "" }, "customer_uid", /non-empty string/],
  [
    "a billing key without customer_uid",
    "billing_key",
    { merchant_uid: "bill-1", amount: 0 },
    "customer_uid",
    /^`issueBillingKey`: `customer_uid` is required to issue a billing key \(got undefined\)\. A billing key needs/,
  ],
  [
    "a billing key with a numeric customer_uid",
    "billing_key",
    { ...bill, customer_uid: 42 },
    "customer_uid",
    /\(got 42\)/,
  ],
  // pay_method / pg / channelKey
  ["a billing key through a virtual account", "billing_key", { ...bill, pay_method: "vbank" }, "pay_method", /vbank/],
  [
    "a pay_method Danal's phone window does not offer",
    "payment",
    { ...pay, pg: "danal.A010002002", pay_method: "card" },
    "pay_method",
    /is not offered by `pg` "danal"; use phone/,
  ],
  ["an empty pay_method", "payment", { ...pay, pay_method: "" }, "pay_method", /not a known pay method/],
  ["an unknown pay_method", "payment", { ...pay, pay_method: "credit_card" }, "pay_method", /not a known pay method/],
  ["an upper-case pay_method", "payment", { ...pay, pay_method: "CARD" }, "pay_method", /\(got "CARD"\)/],
  ["a numeric pay_method", "billing_key", { ...bill, pay_method: 1 }, "pay_method", /not a known pay method/],
  ["a numeric pg", "payment", { ...pay, pg: 7 }, "pg", /`pg` must be a non-empty string \(got 7\)/],
  ["an object pg", "payment", { ...pay, pg: { code: "kcp" } }, "pg", /an object/],
  ["an empty pg", "billing_key", { ...bill, pg: "" }, "pg", /non-empty/],
  ["a numeric channelKey", "payment", { ...pay, channelKey: 123 }, "channelKey", /non-empty string/],
  // strings
  ["a numeric name", "payment", { ...pay, name: 42 }, "name", /`name` must be a string \(got 42\)/],
  ["a name given as an array", "payment", { ...pay, name: ["Linen shirt"] }, "name", /must be a string/],
  ["a numeric buyer_name", "payment", { ...pay, buyer_name: 7 }, "buyer_name", /must be a string/],
  ["an object buyer_addr", "payment", { ...pay, buyer_addr: { city: "Seoul" } }, "buyer_addr", /must be a string/],
  ["a numeric buyer_postcode", "payment", { ...pay, buyer_postcode: 1181 }, "buyer_postcode", /must be a string/],
  // buyer_tel / buyer_email
  ["a numeric buyer_tel", "payment", { ...pay, buyer_tel: 1012345678 }, "buyer_tel", /phone number string/],
  ["a buyer_tel that is a name", "payment", { ...pay, buyer_tel: "홍길동" }, "buyer_tel", /phone number/],
  ["a buyer_tel that is too short", "payment", { ...pay, buyer_tel: "010" }, "buyer_tel", /phone number/],
  ["a buyer_tel with markup", "payment", { ...pay, buyer_tel: "<b>010-1234-5678</b>" }, "buyer_tel", /phone number/],
  ["a malformed buyer_email", "payment", { ...pay, buyer_email: "buyer.example.com" }, "buyer_email", /e-mail/],
  // other shapes
  ["a malformed vbank_due", "payment", { ...pay, vbank_due: "next friday" }, "vbank_due", /must be a date/],
  [
    "a period with a bad date",
    "payment",
    { ...pay, period: { from: "01/01/2026", to: "2026-12-31" } },
    "period",
    /\{ from, to \}/,
  ],
  [
    "a period with from alone",
    "payment",
    { ...pay, period: { from: "20260101" } },
    "period",
    /\{ from, to \} or \{ interval \}/,
  ],
  [
    "a period with dates and interval",
    "payment",
    { ...pay, period: { from: "20260101", to: "20261231", interval: "1m" } },
    "period",
    /\{ interval \}/,
  ],
  [
    "card_quota with a fractional month",
    "payment",
    { ...pay, display: { card_quota: [2, 3.5] } },
    "display.card_quota",
    /whole months/,
  ],
  ["card_quota as a number", "payment", { ...pay, display: { card_quota: 3 } }, "display.card_quota", /array/],
  ["a popup given as a string", "payment", { ...pay, popup: "false" }, "popup", /true or false/],
  // custom_data
  ["custom_data with a cycle", "payment", { ...pay, custom_data: cycle }, "custom_data", /JSON-serialisable/],
  [
    "custom_data with a BigInt",
    "payment",
    { ...pay, custom_data: { id: 1n } },
    "custom_data",
    /JSON-serialisable .*BigInt/,
  ],
  [
    "custom_data with a function",
    "payment",
    { ...pay, custom_data: { onPaid: () => 1 } },
    "custom_data",
    /JSON-serialisable .*functions/,
  ],
  ["custom_data that is a function", "billing_key", { ...bill, custom_data: () => 1 }, "custom_data", /a function/],
  [
    "custom_data with NaN",
    "payment",
    { ...pay, custom_data: { rate: Number.NaN } },
    "custom_data",
    /JSON-serialisable .*NaN/,
  ],
  ["custom_data with a Symbol", "payment", { ...pay, custom_data: { tag: Symbol("x") } }, "custom_data", /JSON/],
  // certification
  ["a certification with a negative min_age", "certification", { min_age: -19 }, "min_age", /^`certify`: `min_age`/],
  [
    "a certification with an unknown carrier",
    "certification",
    { carrier: "VERIZON" },
    "carrier",
    /SKT, KTF, LGT, MVNO/,
  ],
  [
    "a certification with a relative m_redirect_url",
    "certification",
    { m_redirect_url: "/ok" },
    "m_redirect_url",
    /absolute/,
  ],
  [
    "a certification whose merchant_uid is too long",
    "certification",
    { merchant_uid: "c".repeat(50) },
    "merchant_uid",
    /40/,
  ],
  ["a certification with a numeric pg", "certification", { pg: 1 }, "pg", /non-empty string/],
  ["a certification with a numeric phone", "certification", { phone: 1012345678 }, "phone", /phone number/],
  ["a certification with a numeric name", "certification", { name: 5 }, "name", /must be a string/],
];

describe("invalid params", () => {
  it.each(cases)("rejects %s, naming the field, and opens no window", async (_name, kind, params, field, message) => {
    const fake = installFakeIamport();
    const outcome = await send(kind, params);
    expect(outcome).toMatchObject({ status: "failed", error: { code: "INVALID_PARAMS", field } });
    expect("error" in outcome && outcome.error.message).toMatch(message);
    expect("error" in outcome && outcome.error.message).toContain(`\`${field}\``);
    expect(windows(fake)).toEqual([]);
  });

  it("has at least 60 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});

/** Fills the docs' placeholders ("{모바일에서 결제 완료 후 리디렉션 될 URL}", "https://웹훅수신 URL", "YYYYMMDD"). */
function filled(request: object): object {
  const copy = { ...(request as Record<string, unknown>) };
  for (const key of ["m_redirect_url", "notice_url", "confirm_url"])
    if (typeof copy[key] === "string" && /[{}\s]/.test(copy[key])) copy[key] = "https://shop.example/pay/return";
  if (copy.vbank_due === "YYYYMMDD") copy.vbank_due = "20261231";
  return copy;
}

/** Documented examples the kit refuses on purpose, with the field it names. */
const REFUSED: Record<string, string> = {
  // `amount: 14.2` with `currency: "KRW"`: the won has no decimals.
  "opi/ko/integration/pg/v1/eximbay.mdx:306": "amount",
  // `payment-${crypto.randomUUID()}` is 44 characters; payrq.mdx says merchant_uid is at most 40.
  "opi/ko/integration/start/v1/auth.mdx:108": "merchant_uid",
};

describe("every documented example", () => {
  const payments = [...paymentExamples, ...paymentFragments, ...naverOrderExamples].filter(([d]) => !(d in REFUSED));
  const all: [doc: string, kind: RequestKind, request: object][] = [
    ...payments.map(([doc, request]): [string, RequestKind, object] => [doc, "payment", request]),
    ...billingKeyExamples.map(([doc, request]): [string, RequestKind, object] => [doc, "billing_key", request]),
    ...certificationExamples.map(([doc, request]): [string, RequestKind, object] => [doc, "certification", request]),
  ];

  it.each(all)("opens the window for %s (%s)", async (_doc, kind, request) => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const fake = installFakeIamport();
    const outcome = await send(kind, filled(request));
    expect(outcome.status).toBe(ANSWER[kind]);
    expect(windows(fake)).toHaveLength(1);
  });

  it("covers the docs: at least 170 examples", () => {
    expect(all.length).toBeGreaterThanOrEqual(170);
  });

  it.each(Object.entries(REFUSED))("refuses %s, naming %s", async (doc, field) => {
    const [, request] = paymentExamples.find(([d]) => d === doc)!;
    const fake = installFakeIamport();
    const outcome = await send("payment", request);
    expect(outcome).toMatchObject({ status: "failed", error: { code: "INVALID_PARAMS", field } });
    expect(windows(fake)).toEqual([]);
  });
});

describe("development hints", () => {
  it("warns about fields a PG needs", async () => {
    installFakeIamport();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await send("payment", { ...pay, pg: "html5_inicis" });
    await send("payment", { ...pay, merchant_uid: "order-2", pg: "tosspayments", buyer_tel: "010-1234-5678" });
    await send("payment", { ...pay, merchant_uid: "order-3", pay_method: "phone" });
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      expect.stringContaining('`pg` "html5_inicis" should also send `buyer_tel`'),
      expect.stringContaining('`pg` "tosspayments" should also send `buyer_name`'),
      expect.stringContaining("should also send `digital`"),
    ]);
  });
});

describe("without Intl.supportedValuesOf (Safari < 15.4, older WebViews)", () => {
  it("accepts a USD payment after a KRW one and still refuses a code that is not three capitals", async () => {
    const original = Object.getOwnPropertyDescriptor(Intl, "supportedValuesOf");
    Object.defineProperty(Intl, "supportedValuesOf", { configurable: true, value: undefined });
    try {
      vi.resetModules();
      const { validatePayment } = await import("./validate");
      validatePayment("payment", { merchant_uid: "order-krw", amount: 64900, currency: "KRW" });
      expect(() =>
        validatePayment("payment", { merchant_uid: "order-usd", amount: 49.9, currency: "USD" }),
      ).not.toThrow();
      expect(() => validatePayment("payment", { merchant_uid: "order-x", amount: 1, currency: "usd" })).toThrow(
        "`currency` must be an ISO 4217 code",
      );
    } finally {
      Object.defineProperty(Intl, "supportedValuesOf", original!);
    }
  });
});

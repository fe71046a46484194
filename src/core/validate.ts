import { IamportError } from "./errors";
import type { PaymentRequest, RequestKind } from "./types";

type Params = Record<string, unknown>;

const CALLER: Record<RequestKind, string> = {
  payment: "requestPay",
  billing_key: "issueBillingKey",
  certification: "certify",
};
const NO_VALUE = Symbol();

/** Throws `INVALID_PARAMS`: "`requestPay`: `amount` must be … (got 1000.5)." plus, in development, how to fix it. */
export function fail(
  kind: RequestKind,
  field: string,
  problem: string,
  fix: string | false,
  got: unknown = NO_VALUE,
): never {
  const value = got === NO_VALUE ? "" : ` (got ${typeof got === "string" ? JSON.stringify(got) : String(got)})`;
  throw new IamportError(
    "INVALID_PARAMS",
    `\`${CALLER[kind]}\`: \`${field}\` ${problem}${value}.${fix ? ` ${fix}` : ""}`,
    { field },
  );
}

export function checkUrl(kind: RequestKind, field: string, value: unknown) {
  if (value !== undefined && !(typeof value === "string" && /^https?:\/\/[^\s/?#]+/i.test(value))) {
    fail(
      kind,
      field,
      "must be an absolute http(s) URL",
      process.env.NODE_ENV !== "production" && 'Use a full address such as "https://shop.example/pay/return".',
      value,
    );
  }
}

export function checkMerchantUid(kind: RequestKind, value: unknown) {
  if (typeof value !== "string" || value.trim() === "")
    fail(
      kind,
      "merchant_uid",
      "is required",
      process.env.NODE_ENV !== "production" && "Pass your order id as a non-empty string, unique per request.",
      value,
    );
  if (value.length > 40)
    fail(
      kind,
      "merchant_uid",
      `must be at most 40 characters (got ${value.length})`,
      process.env.NODE_ENV !== "production" && "i'mport rejects longer order ids.",
    );
}

function checkPart(kind: RequestKind, p: Params, field: "tax_free" | "vat_amount", amount: number) {
  const value = p[field];
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    fail(kind, field, "must be a number of 0 or more", false, value);
  if (value > amount)
    fail(
      kind,
      field,
      `cannot be larger than \`amount\` (${amount})`,
      process.env.NODE_ENV !== "production" && "It is the part of `amount` that is tax-free or VAT.",
      value,
    );
}

// PGs whose window only takes some pay methods (reference §2.2, §6).
const PG_METHODS: Record<string, string[]> = {
  danal: ["phone"],
  danal_tpay: ["card", "trans", "vbank"],
  paypal: ["paypal", "card"],
  paypal_v2: ["paypal", "card"],
  settle_acc: ["trans"],
};

// Fields a PG rejects or mishandles when absent (reference §2.2); warned about in development.
const PG_SHOULD_SEND: Record<string, string[]> = {
  html5_inicis: ["buyer_tel"],
  nice_v2: ["buyer_tel"],
  smartro_v2: ["buyer_tel"],
  kicc: ["buyer_tel"],
  payco: ["buyer_tel"],
  danal: ["buyer_tel"],
  danal_tpay: ["buyer_tel"],
  settle: ["buyer_tel"],
  eximbay: ["buyer_tel"],
  naverco: ["buyer_tel"],
  welcome: ["buyer_name", "buyer_tel"],
  tosspayments: ["buyer_name"],
  ksnet: ["buyer_name"],
  paymentwall: ["buyer_name", "buyer_email"],
  naverpay: ["naverProducts"],
};

/** The PG code of a request (`"html5_inicis.MID"` → `"html5_inicis"`), or undefined when a channel key decides. */
export function pgOf(params: { pg?: unknown }): string | undefined {
  return typeof params.pg === "string" ? params.pg.split(".")[0] : undefined;
}

export function checkObject(kind: RequestKind, input: unknown): asserts input is Params {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    fail(
      kind,
      "params",
      "must be an object",
      process.env.NODE_ENV !== "production" && "Pass the parameters i'mport documents for this window.",
      input,
    );
}

/** Checks `request_pay` params before any window opens; throws `INVALID_PARAMS` naming the field. */
export function validatePayment(kind: "payment" | "billing_key", p: unknown): PaymentRequest {
  checkObject(kind, p);
  checkMerchantUid(kind, p.merchant_uid);
  const amount = p.amount;
  const billing = kind === "billing_key";
  if (typeof amount !== "number")
    fail(
      kind,
      "amount",
      typeof amount === "string" ? "must be a number, not a string" : "is required",
      process.env.NODE_ENV !== "production" && "Pass the amount to charge as a number.",
      amount,
    );
  const currency = p.currency ?? "KRW";
  if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency))
    fail(
      kind,
      "currency",
      "must be a three-letter upper-case code",
      process.env.NODE_ENV !== "production" && 'Use "KRW", "USD", ….',
      currency,
    );
  if (!Number.isFinite(amount) || amount < 0 || (amount === 0 && !billing)) {
    fail(
      kind,
      "amount",
      billing ? "must be 0 or a positive number" : "must be a positive number",
      process.env.NODE_ENV !== "production" && !billing && "Only a billing key may be issued for 0.",
      amount,
    );
  }
  if (currency === "KRW" && !Number.isInteger(amount))
    fail(kind, "amount", "must be a positive integer for KRW", false, amount);
  checkPart(kind, p, "tax_free", amount);
  checkPart(kind, p, "vat_amount", amount);
  checkUrl(kind, "m_redirect_url", p.m_redirect_url);
  checkUrl(kind, "confirm_url", p.confirm_url);
  for (const url of Array.isArray(p.notice_url) ? p.notice_url : [p.notice_url]) checkUrl(kind, "notice_url", url);
  if (
    (billing || p.customer_uid !== undefined) &&
    (typeof p.customer_uid !== "string" || p.customer_uid.trim() === "")
  ) {
    fail(
      kind,
      "customer_uid",
      billing ? "is required to issue a billing key" : "must be a non-empty string",
      process.env.NODE_ENV !== "production" &&
        (billing ? "Use one id per customer and card." : "Omit it for a one-off payment."),
      p.customer_uid,
    );
  }
  if (
    p.buyer_email !== undefined &&
    !(typeof p.buyer_email === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.buyer_email))
  ) {
    fail(kind, "buyer_email", "must be an e-mail address", false, p.buyer_email);
  }
  if (
    p.vbank_due !== undefined &&
    !(typeof p.vbank_due === "string" && /^\d{4}-?\d{2}-?\d{2}( ?\d{2}:?\d{2}(:?\d{2})?)?$/.test(p.vbank_due))
  ) {
    fail(
      kind,
      "vbank_due",
      "must be a date",
      process.env.NODE_ENV !== "production" && 'Use "2026-12-31", "20261231" or "2026-12-31 23:59:59".',
      p.vbank_due,
    );
  }
  const period = p.period as { from?: unknown; to?: unknown } | undefined;
  if (period !== undefined && !(/^\d{8}$/.test(String(period?.from)) && /^\d{8}$/.test(String(period?.to)))) {
    fail(kind, "period", "must be { from, to } dates as YYYYMMDD", false);
  }
  const quota = (p.display as { card_quota?: unknown } | undefined)?.card_quota;
  if (quota !== undefined && !(Array.isArray(quota) && quota.every((m) => Number.isInteger(m) && (m as number) >= 0))) {
    fail(
      kind,
      "display.card_quota",
      "must be an array of whole months",
      process.env.NODE_ENV !== "production" && "For example [2, 3, 6]; [] allows lump sum only.",
      quota,
    );
  }
  const method = p.pay_method;
  if (method !== undefined && (typeof method !== "string" || method === ""))
    fail(
      kind,
      "pay_method",
      "must be a non-empty string",
      process.env.NODE_ENV !== "production" && 'For example "card".',
      method,
    );
  if (billing && method === "vbank")
    fail(
      kind,
      "pay_method",
      "cannot be vbank for a billing key",
      process.env.NODE_ENV !== "production" && 'Use "card" (the default).',
      method,
    );
  const pg = pgOf(p);
  const allowed = pg ? PG_METHODS[pg] : undefined;
  if (allowed && !allowed.includes(method as string)) {
    fail(
      kind,
      "pay_method",
      `is not offered by \`pg\` "${pg}"`,
      `Use one of ${allowed.map((m) => `"${m}"`).join(", ")}.`,
      method,
    );
  }
  if (process.env.NODE_ENV !== "production") warnPaymentHints(kind, p, pg);
  return p as unknown as PaymentRequest;
}

function warnPaymentHints(kind: RequestKind, p: Params, pg: string | undefined) {
  const missing = (pg ? (PG_SHOULD_SEND[pg] ?? []) : []).filter((field) => p[field] === undefined);
  if (p.pay_method === "phone" && p.digital === undefined) missing.push("digital");
  if (missing.length)
    console.warn(
      `[iamport-react] \`${CALLER[kind]}\`: ${pg ? `\`pg\` "${pg}"` : "this request"} should also send ${missing.map((f) => `\`${f}\``).join(", ")}; some PGs refuse or misbehave without it.`,
    );
  if (typeof p.name === "string" && p.name.length > 40)
    console.warn(
      `[iamport-react] \`${CALLER[kind]}\`: \`name\` is ${p.name.length} characters; i'mport allows 40 (some PGs 16).`,
    );
}

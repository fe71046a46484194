import { IamportError } from "./errors";
import { PAY_METHODS, type BillingKeyRequest, type PaymentRequest } from "./requestTypes";
import type { RequestKind } from "./types";

type Params = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check narrows its own value
type Value = any;
/** Field (a dotted path for nested ones) → its check, which returns the problem as text when the value is bad. */
export type Rules = Record<string, (value: Value, p: Params, kind: RequestKind) => unknown>;

const CALLER = { payment: "requestPay", billing_key: "issueBillingKey", certification: "certify" };

// How to fix each field, appended to its message in development only (the whole table drops out of production).
const FIXES: Record<string, string> =
  process.env.NODE_ENV !== "production"
    ? {
        merchant_uid:
          "Pass your order id: a string of 1 to 40 characters without line breaks or tabs, unique per request.",
        pg: 'Use a PG code such as "html5_inicis" or "danal", or "code.MID"; or pass `channelKey` instead.',
        currency: 'Use an upper-case ISO code such as "KRW", "USD" or "JPY".',
        amount: "A positive number in the currency's unit (whole won, cents for USD); 0 only for a billing key.",
        tax_free: "It is the tax-free part of `amount`.",
        vat_amount: "It is the VAT part of `amount`; with `tax_free` it cannot exceed `amount`.",
        customer_uid: "A billing key needs one id per customer and card; omit it for a one-off payment.",
        pay_method: 'For example "card", "trans", "vbank" (not for a billing key), "phone" or "kakaopay".',
        m_redirect_url:
          'Use a full address such as "https://shop.example/pay/return": no spaces, line breaks or markup.',
        notice_url: 'Use a full address such as "https://shop.example/api/iamport/webhook".',
        confirm_url: 'Use a full address such as "https://shop.example/api/iamport/confirm".',
        buyer_tel: 'Pass it as a string such as "010-1234-5678".',
        phone: 'Pass it as a string such as "010-1234-5678".',
        vbank_due: 'Use "2026-12-31", "20261231" or "2026-12-31 23:59:59".',
        period: 'For example { from: "20260101", to: "20261231" } or { interval: "1m" }.',
        "display.card_quota": "For example [2, 3, 6]; [] allows lump sum only.",
        custom_data: "i'mport stores it as JSON: no cycles, functions, BigInt, Symbol or NaN.",
        carrier: "Omit it to let the buyer choose.",
      }
    : {};

const shown = (v: unknown) =>
  typeof v === "string"
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? "an array"
      : typeof v === "function"
        ? "a function"
        : v && typeof v === "object"
          ? "an object"
          : String(v);

/** Throws `INVALID_PARAMS` for the first bad field of `p`, naming it; absent fields are checked only if `required`. */
export function check(kind: RequestKind, p: unknown, rules: Rules, required: string[] = []): void {
  if (typeof p !== "object" || !p || Array.isArray(p)) rules = { params: () => "must be an object" };
  for (const field in rules) {
    const value = field === "params" ? p : field.split(".").reduce<Value>((o, k) => o?.[k], p);
    const problem = (value !== undefined || required.includes(field)) && rules[field](value, p as Params, kind);
    if (problem) {
      const fix = process.env.NODE_ENV !== "production" ? FIXES[field] : undefined;
      throw new IamportError(
        "INVALID_PARAMS",
        `\`${CALLER[kind]}\`: \`${field}\` ${problem} (got ${shown(value)}).${fix ? " " + fix : ""}`,
        { field },
      );
    }
  }
}

// Shared checks; each returns its message.
export const isString = (v: unknown): v is string => typeof v === "string";
export const string = (v: unknown) => !isString(v) && "must be a string";
export const nonEmpty = (v: unknown) => !(isString(v) && v.trim()) && "must be a non-empty string";
export const flag = (v: unknown) => typeof v !== "boolean" && "must be true or false";
const isUrl = (v: unknown) => {
  try {
    return isString(v) && /^https?:\/\/[^\s<>"'`\\^{|}]+$/i.test(v) && /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
};
export const url = (v: unknown) => !(Array.isArray(v) ? v : [v]).every(isUrl) && "must be an absolute http(s) URL";
export const phone = (v: unknown) =>
  !(isString(v) && /^\+?\d{7,15}$/.test(v.replace(/[\s().-]/g, ""))) && "must be a phone number string";
export const merchantUid = (v: unknown) =>
  !(isString(v) && v.trim())
    ? "is required"
    : v.length > 40
      ? "must be at most 40 characters"
      : // eslint-disable-next-line no-control-regex -- control characters are what it looks for
        /[\u0000-\u001f\u007f]/.test(v) && "must have no control characters";
const DATE = /^\d{4}-?\d{2}-?\d{2}( ?\d{2}:?\d{2}(:?\d{2})?)?$/;
const isMoney = (v: unknown): v is number => typeof v === "number" && v >= 0 && v <= Number.MAX_SAFE_INTEGER;
const part = (v: unknown, p: Params) =>
  v !== null &&
  (!isMoney(v) ? "must be a number of 0 or more" : v > (p.amount as number) && "cannot be larger than `amount`");

let currencies: Set<string> | undefined;

// PGs whose window only takes some pay methods (reference §2.2, §6).
const PG_METHODS: Record<string, string[]> = {
  danal: ["phone"],
  danal_tpay: ["card", "trans", "vbank"],
  paypal: ["paypal", "card"],
  paypal_v2: ["paypal", "card"],
  settle_acc: ["trans"],
};

/** The PG code of a request (`"html5_inicis.MID"` → `"html5_inicis"`), or undefined when a channel key decides. */
export const pgOf = (p: { pg?: unknown }) => (isString(p.pg) ? p.pg.split(".")[0] : undefined);

const PAYMENT: Rules = {
  merchant_uid: merchantUid,
  pg: nonEmpty,
  channelKey: nonEmpty,
  // ISO 4217 codes from the engine's CLDR data (any three capitals where `Intl.supportedValuesOf` is missing).
  currency: (v) =>
    !(
      /^[A-Z]{3}$/.test(v) &&
      isString(v) &&
      (!Intl.supportedValuesOf || (currencies ??= new Set(Intl.supportedValuesOf("currency"))).has(v))
    ) && "must be an ISO 4217 code",
  amount(v, p, kind) {
    if (v === undefined && kind === "billing_key") return;
    if (typeof v !== "number") return isString(v) ? "must be a number, not a string" : "is required";
    if (!isMoney(v)) return `must be a number from 0 to ${Number.MAX_SAFE_INTEGER}`;
    if (v === 0 && kind === "payment") return "must be a positive number";
    const currency = (p.currency as string) ?? "KRW";
    // The currency's decimal places from CLDR: KRW and JPY 0, USD 2, BHD 3.
    const places = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
    if ((/e-/.test(`${v}`) ? 99 : (`${v}`.split(".")[1] ?? "").length) > places!)
      return places
        ? `has more than ${places} decimal places for ${currency}`
        : `must be a positive integer for ${currency}`;
  },
  tax_free: part,
  vat_amount: (v, p) =>
    part(v, p) ||
    (isMoney(v) &&
      isMoney(p.tax_free) &&
      v + p.tax_free > (p.amount as number) &&
      "plus `tax_free` cannot be larger than `amount`"),
  customer_uid: (v, _p, kind) =>
    nonEmpty(v) && (kind === "billing_key" ? "is required to issue a billing key" : "must be a non-empty string"),
  pay_method(v, p, kind) {
    if (!(PAY_METHODS as readonly unknown[]).includes(v)) return "is not a known pay method";
    if (kind === "billing_key" && v === "vbank") return "cannot be vbank for a billing key";
    const pg = pgOf(p);
    const allowed = pg && PG_METHODS[pg];
    return allowed && !allowed.includes(v) && `is not offered by \`pg\` "${pg}"; use ${allowed.join(" or ")}`;
  },
  m_redirect_url: url,
  confirm_url: url,
  notice_url: url,
  name: string,
  buyer_name: string,
  buyer_addr: string,
  buyer_postcode: string,
  buyer_tel: phone,
  buyer_email: (v) => !(isString(v) && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) && "must be an e-mail address",
  popup: flag,
  vbank_due: (v) => !(isString(v) && DATE.test(v)) && "must be a date",
  period: (v) =>
    !(
      v && (v.interval === undefined ? DATE.test(v.from) && DATE.test(v.to) : isString(v.interval) && !v.from && !v.to)
    ) && "must be { from, to } or { interval }",
  "display.card_quota": (v) =>
    !(Array.isArray(v) && v.every((m) => Number.isInteger(m) && m >= 0)) && "must be an array of whole months",
  custom_data(v) {
    try {
      JSON.stringify(v, (_k, x: unknown) => {
        if (typeof x === "function" || typeof x === "symbol" || (typeof x === "number" && !isFinite(x))) throw 0;
        return x;
      });
    } catch {
      return "must be JSON-serialisable";
    }
  },
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

/** Checks `request_pay` params before any window opens; throws `INVALID_PARAMS` naming the field. */
export function validatePayment(kind: "payment", p: unknown): PaymentRequest;
export function validatePayment(kind: "billing_key", p: unknown): BillingKeyRequest;
export function validatePayment(kind: "payment" | "billing_key", p: unknown): PaymentRequest | BillingKeyRequest;
export function validatePayment(kind: "payment" | "billing_key", p: unknown): PaymentRequest | BillingKeyRequest {
  check(kind, p, PAYMENT, ["merchant_uid", kind === "payment" ? "amount" : "customer_uid"]);
  const params = p as Params;
  if (process.env.NODE_ENV !== "production") {
    const pg = pgOf(params);
    const missing = (pg ? (PG_SHOULD_SEND[pg] ?? []) : []).filter((field) => params[field] === undefined);
    if (params.pay_method === "phone" && params.digital === undefined) missing.push("digital");
    const warn = (text: string) => console.warn(`[iamport-react] \`${CALLER[kind]}\`: ${text}`);
    if (missing.length)
      warn(
        `${pg ? `\`pg\` "${pg}"` : "this request"} should also send ${missing.map((f) => `\`${f}\``).join(", ")}; ` +
          "some PGs refuse or misbehave without it.",
      );
    if (isString(params.name) && params.name.length > 40)
      warn(`\`name\` is ${params.name.length} characters; i'mport allows 40 (some PGs 16).`);
  }
  return params as PaymentRequest | BillingKeyRequest;
}

import { IamportError } from "./errors";
import { PAY_METHODS, type BillingKeyRequest, type PaymentRequest } from "./requestTypes";
import type { RequestKind } from "./types";

type Params = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each check narrows its own value
type Value = any;
/** A field's check: the problem as text when `value` is bad (then `fix` is appended in development), else falsy. */
export type Rule = [field: string, check: (value: Value, p: Params, kind: RequestKind) => unknown, fix?: string];

const DEV = process.env.NODE_ENV !== "production";
const CALLER: Record<RequestKind, string> = {
  payment: "requestPay",
  billing_key: "issueBillingKey",
  certification: "certify",
};

const shown = (v: unknown) =>
  typeof v === "string"
    ? JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v)
    : typeof v === "function" || (v && typeof v === "object")
      ? Array.isArray(v)
        ? "an array"
        : `a${typeof v === "function" ? " function" : "n object"}`
      : String(v);

/** Runs `rules` in order and throws `INVALID_PARAMS` for the first bad field, naming it and how to fix it. */
export function check(kind: RequestKind, p: unknown, rules: Rule[]): void {
  if (typeof p !== "object" || p === null || Array.isArray(p)) rules = [["params", () => "must be an object"]];
  for (const [field, test, fix] of rules) {
    const value = field === "params" ? p : field.split(".").reduce<Value>((o, k) => o?.[k], p);
    const problem = test(value, p as Params, kind);
    if (problem)
      throw new IamportError(
        "INVALID_PARAMS",
        `\`${CALLER[kind]}\`: \`${field}\` ${problem} (got ${shown(value)}).${DEV && fix ? ` ${fix}` : ""}`,
        { field },
      );
  }
}

// Shared checks and the messages they give.
export const isString = (v: unknown): v is string => typeof v === "string";
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Skips an absent field. */
export const optional =
  (test: Rule[1]): Rule[1] =>
  (v, p, k) =>
    v !== undefined && test(v, p, k);
export const string = optional((v) => !isString(v) && "must be a string");
export const nonEmpty = optional((v) => !(isString(v) && v.trim()) && "must be a non-empty string");
export const flag = optional((v) => typeof v !== "boolean" && "must be true or false");
const URL_TEXT = /^https?:\/\/[^\s<>"'`\\^{|}]+$/i;
const isUrl = (v: unknown) => {
  try {
    return isString(v) && URL_TEXT.test(v) && /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
};
export const url = optional(
  (v) =>
    !(Array.isArray(v) ? v : [v]).every(isUrl) &&
    "must be an absolute http(s) URL without spaces, line breaks or markup",
);
export const URL_FIX = 'Use a full address such as "https://shop.example/pay/return".';
export const phone = optional(
  (v) => !(isString(v) && /^\+?\d{7,15}$/.test(v.replace(/[\s().-]/g, ""))) && "must be a phone number as a string",
);
export const merchantUid = (v: unknown) =>
  !(isString(v) && v.trim())
    ? "is required"
    : v.length > 40
      ? `must be at most 40 characters (it has ${v.length})`
      : CONTROL.test(v) && "must not contain control characters (line breaks, tabs, …)";
export const MERCHANT_UID_FIX =
  "Pass your order id as a non-empty string of at most 40 characters, unique per request.";
const DATE = /^\d{4}-?\d{2}-?\d{2}( ?\d{2}:?\d{2}(:?\d{2})?)?$/;
const isMoney = (v: unknown): v is number => typeof v === "number" && v >= 0 && v <= Number.MAX_SAFE_INTEGER;
const part = optional(
  (v, p) =>
    v !== null &&
    (!isMoney(v) ? "must be a number of 0 or more" : v > (p.amount as number) && "cannot be larger than `amount`"),
);

let currencies: Set<string> | undefined;
/** ISO 4217 codes from the engine's CLDR data (any three capitals where `Intl.supportedValuesOf` is missing). */
const isCurrency = (v: unknown) =>
  isString(v) && /^[A-Z]{3}$/.test(v) && (currencies ??= new Set(Intl.supportedValuesOf?.("currency") ?? [v])).has(v);
/** Decimal places a currency has (KRW and JPY 0, USD 2, BHD 3). */
const digits = (currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
const decimals = (n: number) => (/e-/.test(`${n}`) ? 99 : (`${n}`.split(".")[1] ?? "").length);

const serialisable = (v: unknown) => {
  try {
    JSON.stringify(v, (_k, x: unknown) => {
      if (typeof x === "function" || typeof x === "symbol" || (typeof x === "number" && !Number.isFinite(x))) throw 0;
      return x;
    });
    return true;
  } catch {
    return false;
  }
};

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

const PAYMENT: Rule[] = [
  ["merchant_uid", merchantUid, MERCHANT_UID_FIX],
  ["pg", nonEmpty, 'A PG code such as "html5_inicis" or "html5_inicis.MID"; or pass `channelKey` instead.'],
  ["channelKey", nonEmpty],
  ["channelGroupId", nonEmpty],
  ["currency", optional((v) => !isCurrency(v) && "must be an ISO 4217 currency code"), 'Use "KRW", "USD", "JPY", ….'],
  [
    "amount",
    (v, p, kind) => {
      if (v === undefined && kind === "billing_key") return;
      if (typeof v !== "number") return isString(v) ? "must be a number, not a string" : "is required";
      if (!isMoney(v)) return `must be a number from 0 to ${Number.MAX_SAFE_INTEGER}`;
      if (v === 0 && kind === "payment") return "must be a positive number; only a billing key may be issued for 0";
      const currency = (p.currency as string | undefined) ?? "KRW";
      const places = digits(currency);
      if (decimals(v) > places)
        return places
          ? `has more than ${places} decimal places for ${currency}`
          : `must be a positive integer for ${currency}`;
    },
    "Pass the amount to charge as a number in the currency's unit (won for KRW, dollars with cents for USD).",
  ],
  ["tax_free", part, "It is the tax-free part of `amount`."],
  ["vat_amount", part, "It is the VAT part of `amount`."],
  [
    "vat_amount",
    (v, p) =>
      isMoney(v) &&
      isMoney(p.tax_free) &&
      v + p.tax_free > (p.amount as number) &&
      "plus `tax_free` cannot be larger than `amount`",
    "The tax-free and VAT parts are both parts of `amount`.",
  ],
  [
    "customer_uid",
    (v, _p, kind) =>
      (kind === "billing_key" || v !== undefined) &&
      !(isString(v) && v.trim()) &&
      (kind === "billing_key" ? "is required to issue a billing key" : "must be a non-empty string"),
    "Use one id per customer and card; omit it for a one-off payment.",
  ],
  [
    "pay_method",
    optional((v, p, kind) => {
      if (!(PAY_METHODS as readonly unknown[]).includes(v)) return "is not a pay method i'mport documents";
      if (kind === "billing_key" && v === "vbank") return 'cannot be vbank for a billing key; use "card"';
      const pg = pgOf(p);
      const allowed = pg && PG_METHODS[pg];
      return allowed && !allowed.includes(v) && `is not offered by \`pg\` "${pg}"; use ${allowed.join(" or ")}`;
    }),
    'For example "card", "trans", "vbank", "phone" or "kakaopay".',
  ],
  ["m_redirect_url", url, URL_FIX],
  ["confirm_url", url, URL_FIX],
  ["notice_url", url, URL_FIX],
  ...["name", "buyer_name", "buyer_addr", "buyer_postcode", "customer_id", "app_scheme", "biz_num", "company"].map(
    (field): Rule => [field, string],
  ),
  ["buyer_tel", phone, 'Pass it as a string such as "010-1234-5678".'],
  [
    "buyer_email",
    optional((v) => !(isString(v) && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) && "must be an e-mail address"),
  ],
  ...["popup", "digital", "escrow"].map((field): Rule => [field, flag]),
  [
    "vbank_due",
    optional((v) => !(isString(v) && DATE.test(v)) && "must be a date"),
    'Use "2026-12-31", "20261231" or "2026-12-31 23:59:59".',
  ],
  [
    "period",
    optional(
      (v) =>
        !(
          v &&
          (v.interval === undefined ? DATE.test(v.from) && DATE.test(v.to) : isString(v.interval) && !v.from && !v.to)
        ) && "must be { from, to } dates, or { interval } alone",
    ),
    'For example { from: "20260101", to: "20261231" } or { interval: "1m" }.',
  ],
  [
    "display.card_quota",
    optional(
      (v) => !(Array.isArray(v) && v.every((m) => Number.isInteger(m) && m >= 0)) && "must be an array of whole months",
    ),
    "For example [2, 3, 6]; [] allows lump sum only.",
  ],
  ["card.direct.code", string],
  ["card.direct.quota", optional((v) => !(Number.isInteger(v) && v >= 0) && "must be a whole number of months")],
  ["naverProducts", optional((v) => !Array.isArray(v) && "must be an array of products")],
  ["bypass", optional((v) => !(v && typeof v === "object" && !Array.isArray(v)) && "must be an object")],
  [
    "custom_data",
    optional((v) => !serialisable(v) && "must survive JSON.stringify (no cycles, functions, BigInt or NaN)"),
    "i'mport stores it as JSON and echoes it back.",
  ],
];

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
  check(kind, p, PAYMENT);
  const params = p as Params;
  if (DEV) {
    const pg = pgOf(params);
    const missing = (pg ? (PG_SHOULD_SEND[pg] ?? []) : []).filter((field) => params[field] === undefined);
    if (params.pay_method === "phone" && params.digital === undefined) missing.push("digital");
    const warn = (text: string) => console.warn(`[iamport-react] \`${CALLER[kind]}\`: ${text}`);
    if (missing.length)
      warn(
        `${pg ? `\`pg\` "${pg}"` : "this request"} should also send ${missing.map((f) => `\`${f}\``).join(", ")}; some PGs refuse or misbehave without it.`,
      );
    if (isString(params.name) && params.name.length > 40)
      warn(`\`name\` is ${params.name.length} characters; i'mport allows 40 (some PGs 16).`);
  }
  return params as PaymentRequest | BillingKeyRequest;
}

import { HttpError } from "./json";

/** What an order expects: a number (in KRW) or `{ amount, currency }`; numeric strings from a database count. */
export type ExpectedAmount = number | string | { amount: number | string; currency?: string };

/** A number from a number or a numeric string (`"64900"`), or `undefined` for anything else. */
export function toAmount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** What a value is, never what it holds: the error reaches the browser, and an order row holds the buyer's details. */
const kind = (value: unknown) =>
  value === null || value === undefined
    ? String(value)
    : Array.isArray(value)
      ? "an array"
      : typeof value === "object"
        ? "an object"
        : `a ${typeof value}`;

/** The order's amount and currency, or a server error naming the kind of thing `expectedAmount` returned. */
export function toExpected(value: ExpectedAmount | undefined | null): { amount: number; currency: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = typeof value === "object" ? value : { amount: value };
  const amount = toAmount(raw.amount);
  // An empty or padded column ("", "KRW ") reads as meant; anything but three letters is an error, never a mismatch
  // that refunds genuine payments.
  const currency = currencyOf(typeof value === "object" ? value.currency : undefined);
  if (amount === undefined || currency === undefined)
    throw new HttpError(
      500,
      `\`expectedAmount\` returned ${
        typeof value === "object"
          ? `an object whose \`amount\` is ${kind(raw.amount)} and \`currency\` ${kind(value.currency)}`
          : `${kind(value)} that is no amount`
      }; ` + "return a number, a numeric string or { amount, currency } with a three-letter currency.",
    );
  return { amount, currency };
}

/** `KRW` for nothing or blank, the upper-cased ISO 4217 code for three letters, `undefined` otherwise. */
export function currencyOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return "KRW";
  if (typeof value !== "string") return undefined;
  const code = value.trim().toUpperCase() || "KRW";
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}

/** What i'mport says a payment holds: `paid` minus `cancelled` (`net`) in `currency`; NaN for an unreadable amount. */
export function holding(payment: { amount?: unknown; cancel_amount?: unknown; currency?: unknown }) {
  const paid = toAmount(payment.amount) ?? NaN;
  const cancelled = toAmount(payment.cancel_amount ?? 0) ?? NaN;
  return { paid, cancelled, net: paid - cancelled, currency: currencyOf(payment.currency) ?? String(payment.currency) };
}

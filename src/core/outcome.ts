import { IamportError } from "./errors";
import type { RequestKind } from "./types";
import type { VerifyResponse } from "./verify";

const VBANK_FIELDS = ["vbank_num", "vbank_name", "vbank_code", "vbank_holder", "vbank_date"] as const;

/** Deposit instructions of an issued virtual account. */
export interface VbankInfo {
  vbank_num?: string;
  vbank_name?: string;
  vbank_code?: string;
  vbank_holder?: string | null;
  /** Deposit deadline (unix seconds, or a date string). */
  vbank_date?: number | string;
}

type Ended = { imp_uid: string | null; merchant_uid: string; error: IamportError };

/** How a payment ended. `paid` and `ready` are only ever reported after the merchant's server said so. */
export type PaymentOutcome =
  | { status: "paid"; imp_uid: string; merchant_uid: string; verification: VerifyResponse }
  | { status: "ready"; imp_uid: string; merchant_uid: string; verification: VerifyResponse; vbank?: VbankInfo }
  | ({ status: "cancelled" } & Ended)
  | ({ status: "failed" } & Ended)
  | { status: "redirecting"; merchant_uid: string };

/** How an identity verification ended. */
export type CertificationOutcome =
  | { status: "certified"; imp_uid: string; merchant_uid: string; verification: VerifyResponse }
  | ({ status: "cancelled" } & Ended)
  | ({ status: "failed" } & Ended)
  | { status: "redirecting"; merchant_uid: string };

/** How a billing-key issuance ended. */
export type BillingKeyOutcome =
  | {
      status: "issued";
      customer_uid: string;
      imp_uid: string | null;
      merchant_uid: string;
      verification: VerifyResponse;
    }
  | ({ status: "cancelled"; customer_uid: string } & Ended)
  | ({ status: "failed"; customer_uid: string } & Ended)
  | { status: "redirecting"; customer_uid: string; merchant_uid: string };

export type OutcomeOf<K extends RequestKind> = K extends "payment"
  ? PaymentOutcome
  : K extends "billing_key"
    ? BillingKeyOutcome
    : CertificationOutcome;

/** What a request is about: enough to post to the verify endpoint and to shape its outcome. */
export interface RequestContext {
  type: RequestKind;
  merchant_uid: string;
  customer_uid?: string;
}

/** The fields of a callback or redirect result the kit reads; everything may be missing or a string. */
export interface RawResult {
  imp_uid?: string | null;
  merchant_uid?: string | null;
  error_code?: unknown;
  error_msg?: unknown;
  [field: string]: unknown;
}

const text = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? value : typeof value === "number" ? String(value) : undefined;

const CANCEL_CODE = /^(PAY_PROCESS_CANCELED|USER_CANCELL?ED|USER_CANCEL|CANCELL?ED_BY_USER)$/i;
// The PGs' own wording of a buyer's cancel, in Korean and in English.
const CANCEL_MSG = new RegExp(
  "(사용자|고객|구매자|이용자)[^\\n]{0,12}(취소|중단|포기)|결제\\s*(포기|중단)|창을?\\s*닫|" +
    "(user|customer|buyer)[^\\n]{0,12}(cancel|closed|abort)|cancell?ed by (the )?(user|customer|buyer)",
  "i",
);

/** The error a result reports, or null when it reports none and must be verified. Flags like `success` are ignored. */
export function resultError(raw: RawResult): IamportError | null {
  const pgCode = text(raw.error_code);
  const pgMessage = text(raw.error_msg);
  if (pgCode === undefined && pgMessage === undefined) return null;
  const cancelled =
    (pgCode !== undefined && CANCEL_CODE.test(pgCode)) || (pgMessage !== undefined && CANCEL_MSG.test(pgMessage));
  const message = pgMessage ?? `i'mport reported error ${pgCode}`;
  return new IamportError(cancelled ? "CANCELLED" : "PAYMENT_FAILED", message, { pgCode, pgMessage });
}

/** The imp_uid of a result, or null when i'mport gave none. */
export function impUidOf(raw: RawResult): string | null {
  return text(raw.imp_uid) ?? null;
}

const extra = (ctx: RequestContext) => (ctx.type === "billing_key" ? { customer_uid: ctx.customer_uid ?? "" } : {});

export function endedOutcome<K extends RequestKind>(
  ctx: RequestContext & { type: K },
  impUid: string | null,
  error: IamportError,
): OutcomeOf<K> {
  const status = error.code === "CANCELLED" ? "cancelled" : "failed";
  return { status, imp_uid: impUid, merchant_uid: ctx.merchant_uid, error, ...extra(ctx) } as OutcomeOf<K>;
}

export function redirectingOutcome<K extends RequestKind>(ctx: RequestContext & { type: K }): OutcomeOf<K> {
  return { status: "redirecting", merchant_uid: ctx.merchant_uid, ...extra(ctx) } as OutcomeOf<K>;
}

const ACCEPTED: Record<RequestKind, Partial<Record<VerifyResponse["status"], string>>> = {
  payment: { paid: "paid", ready: "ready" },
  billing_key: { issued: "issued", paid: "issued" },
  certification: { certified: "certified" },
};

function vbankOf(verification: VerifyResponse, raw: RawResult): VbankInfo | undefined {
  const source =
    typeof verification.vbank === "object" && verification.vbank !== null
      ? (verification.vbank as Record<string, unknown>)
      : verification.vbank_num
        ? verification
        : raw;
  if (!source.vbank_num) return undefined;
  return Object.fromEntries(VBANK_FIELDS.map((field) => [field, source[field]])) as VbankInfo;
}

/** Turns the server's answer into the outcome; the browser's own flags play no part. */
export function verifiedOutcome<K extends RequestKind>(
  ctx: RequestContext & { type: K },
  impUid: string,
  verification: VerifyResponse,
  raw: RawResult = {},
): OutcomeOf<K> {
  const status = ACCEPTED[ctx.type][verification.status];
  if (!status) {
    const rejected = verification.status === "failed" || verification.status === "forgery";
    const error = rejected
      ? new IamportError(
          "VERIFY_REJECTED",
          verification.message ?? `Your server answered \`${verification.status}\` for \`${ctx.merchant_uid}\`.`,
        )
      : new IamportError(
          "VERIFY_FAILED",
          `Your verify endpoint answered \`${verification.status}\` to a \`${ctx.type}\` request.` +
            (process.env.NODE_ENV !== "production"
              ? ` Answer ${Object.keys(ACCEPTED[ctx.type]).join(", ")}, failed or forgery.`
              : ""),
        );
    return endedOutcome(ctx, impUid, error);
  }
  const vbank = status === "ready" ? vbankOf(verification, raw) : undefined;
  return {
    status,
    imp_uid: impUid,
    merchant_uid: ctx.merchant_uid,
    verification,
    ...extra(ctx),
    ...(vbank && { vbank }),
  } as OutcomeOf<K>;
}

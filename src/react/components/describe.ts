import type { IamportError, Phase, RequestKind } from "../../index";
import type { Messages } from "./messages";

/** What a result looks like: `tone` picks its colour and icon. */
export const TONES = ["success", "ready", "delayed", "cancelled", "failed"] as const;
export type Tone = (typeof TONES)[number];

export interface AnyOutcome {
  status: string;
  merchant_uid?: string;
  imp_uid?: string | null;
  customer_uid?: string;
  error?: IamportError;
  verification?: Record<string, unknown>;
}

export interface Described {
  tone: Tone;
  title: string;
  detail?: string;
}

const SUCCESS = ["paid", "issued", "certified"];

/** The kind of request an outcome belongs to, when the component was not told. */
export function kindOf(outcome: AnyOutcome | null, fallback: RequestKind = "payment"): RequestKind {
  if (!outcome) return fallback;
  if (outcome.status === "certified") return "certification";
  if (outcome.status === "issued" || typeof outcome.customer_uid === "string") return "billing_key";
  return fallback;
}

/** The title and line for an outcome, worded for its kind and its state; the PG's own message verbatim. */
export function describeOutcome(outcome: AnyOutcome, kind: RequestKind, text: Messages): Described {
  const words = text.kinds[kind];
  if (SUCCESS.includes(outcome.status)) return { tone: "success", title: words.success };
  if (outcome.status === "ready") return { tone: "ready", title: text.ready, detail: text.readyDetail };
  const code = outcome.error?.code;
  if (code === "VERIFY_FAILED") return { tone: "delayed", title: words.delayed, detail: words.delayedDetail };
  if (outcome.status === "cancelled" || code === "CANCELLED") return { tone: "cancelled", title: words.cancelled };
  // The PG's own message, or the kind's wording, for the codes that have one; the shared line otherwise.
  const own: Partial<Record<string, string>> = {
    PAYMENT_FAILED: outcome.error?.pgMessage,
    VERIFY_REJECTED: words.rejected,
    SDK_LOAD_FAILED: words.sdkFailed,
    SDK_TIMEOUT: words.sdkTimeout,
  };
  const detail = code && (code in own ? own[code] : text.errors[code]);
  return { tone: "failed", title: words.failed, ...(detail ? { detail } : {}) };
}

/** One sentence for a live region. */
export function announce(described: Described): string {
  return described.detail ? `${described.title} ${described.detail}` : described.title;
}

export function phaseText(phase: Phase | null, kind: RequestKind, text: Messages): string {
  const words = text.kinds[kind];
  return phase === "loading-sdk" ? words.loadingSdk : phase === "verifying" ? words.verifying : words.awaiting;
}

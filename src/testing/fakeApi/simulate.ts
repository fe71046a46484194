import type { BillingKey, Certification, Payment } from "../../server/types";
import { splitPg } from "./billing";
import { newBillingKey, newCertification, newPayment, settle, type FakeState } from "./state";
import { confirm } from "./webhooks";

/** The fields of `IMP.request_pay` / `IMP.certification` params the simulated i'mport reads. */
export interface SimulatedRequest {
  merchant_uid: string;
  amount?: number;
  currency?: string;
  pg?: string;
  pay_method?: string;
  name?: string;
  buyer_name?: string;
  buyer_email?: string;
  buyer_tel?: string;
  buyer_addr?: string;
  buyer_postcode?: string;
  custom_data?: unknown;
  customer_uid?: string;
  notice_url?: string | string[];
  confirm_url?: string;
  /** An escrow payment (needs a PG contract): delivery details can be registered for it. */
  escrow?: boolean;
}

export type SimulatedOutcome = "paid" | "ready" | "failed" | "cancelled";

export interface SimulateOptions {
  outcome?: SimulatedOutcome;
  /** `fail_reason` of a failed payment (default a card decline). */
  failReason?: string;
  /** Where the buyer paid: `pc` (default) or `mobile` (a redirect); becomes the payment's `channel`. */
  device?: "pc" | "mobile";
  /** A test-channel payment (`sandbox: true`), found only with `include_sandbox=true`. */
  sandbox?: boolean;
}

/** What the SDK's callback carries when a request did not go through (`error_code`, `error_msg`). */
export interface SimulatedError {
  error_code: string;
  error_msg: string;
}

interface Context {
  state: FakeState;
  confirmUrl: string | undefined;
  confirmTimeoutMs: number;
  fetch: typeof fetch;
  notify: (payment: Payment, noticeUrl?: string | null) => Promise<unknown>;
  tier: string | undefined;
}

const CANCELLED = "사용자가 결제를 취소하셨습니다";
const noticeUrl = (request: SimulatedRequest) =>
  Array.isArray(request.notice_url) ? request.notice_url[0] : request.notice_url;

/**
 * What happens at i'mport when a buyer goes through a payment window: the payment is recorded, checked
 * against a prepared amount, put to the merchant's `confirm_url`, then approved (or a virtual account
 * issued), failed or abandoned; the webhook follows.
 */
export async function simulatePayment(
  context: Context,
  request: SimulatedRequest,
  options: SimulateOptions,
  usage: "issue" | null = null,
): Promise<{ payment: Payment; error?: SimulatedError }> {
  const { state } = context;
  const outcome = options.outcome ?? "paid";
  const { provider, id } = splitPg(request.pg, { provider: "html5_inicis", id: "INIpayTest" });
  const amount = request.amount ?? 0;
  const payment = newPayment(state, {
    merchant_uid: request.merchant_uid,
    amount,
    currency: request.currency ?? "KRW",
    status: "ready",
    pay_method: outcome === "ready" ? "vbank" : (request.pay_method ?? "card"),
    channel: options.device ?? "pc",
    pg_provider: provider,
    pg_id: id,
    sandbox: options.sandbox ?? state.sandbox,
    escrow: request.escrow === true,
    name: request.name ?? null,
    buyer_name: request.buyer_name ?? null,
    buyer_email: request.buyer_email ?? null,
    buyer_tel: request.buyer_tel ?? null,
    buyer_addr: request.buyer_addr ?? null,
    buyer_postcode: request.buyer_postcode ?? null,
    custom_data:
      request.custom_data === undefined
        ? null
        : typeof request.custom_data === "string"
          ? request.custom_data
          : JSON.stringify(request.custom_data),
    customer_uid: request.customer_uid ?? null,
    customer_uid_usage: usage,
    tier: context.tier,
  });
  const failed = (reason: string, code = "F400") => {
    settle(payment, "failed", reason);
    return { payment, error: { error_code: code, error_msg: reason } };
  };

  const prepared = state.prepared.get(request.merchant_uid);
  if (prepared && prepared.amount !== amount)
    return failed(`사전등록된 금액(${prepared.amount})과 결제요청 금액(${amount})이 일치하지 않습니다.`, "F300");
  if (outcome === "cancelled") return failed(CANCELLED, "F001");
  if (outcome === "failed") return failed(options.failReason ?? "카드 승인에 실패했습니다. (한도초과)");
  const confirmUrl = request.confirm_url ?? context.confirmUrl;
  if (confirmUrl) {
    const answer = await confirm(
      confirmUrl,
      { imp_uid: payment.imp_uid, merchant_uid: payment.merchant_uid, amount },
      context.fetch,
      context.confirmTimeoutMs,
    );
    if (!answer.approved) return failed(answer.reason, "F500");
  }
  settle(payment, outcome === "ready" ? "ready" : "paid");
  await context.notify(payment, noticeUrl(request));
  return { payment };
}

/** A billing-key issue window: the key (at its PG) and the issue record (`customer_uid_usage: "issue"`). */
export async function simulateBillingKey(
  context: Context,
  request: SimulatedRequest & { customer_uid: string },
  options: Omit<SimulateOptions, "outcome"> & { outcome?: "issued" | "failed" | "cancelled" },
): Promise<{ payment: Payment; billingKey?: BillingKey; error?: SimulatedError }> {
  const outcome = options.outcome === "failed" || options.outcome === "cancelled" ? options.outcome : "paid";
  const result = await simulatePayment(context, request, { ...options, outcome }, "issue");
  if (result.error) return result;
  const { provider, id } = splitPg(request.pg, { provider: "tosspayments", id: "tosstest" });
  const billingKey = newBillingKey(context.state, {
    customer_uid: request.customer_uid,
    pg_provider: provider,
    pg_id: id,
    sandbox: result.payment.sandbox,
    card_name: result.payment.card_name ?? "신한카드",
    customer_name: request.buyer_name ?? null,
    customer_email: request.buyer_email ?? null,
    customer_tel: request.buyer_tel ?? null,
    tier: context.tier,
  });
  return { ...result, billingKey };
}

/** An identity-verification window: a certified record, or an error and an uncertified one. */
export function simulateCertification(
  context: Context,
  request: { merchant_uid?: string; pg?: string; name?: string; phone?: string; carrier?: string },
  options: { outcome?: "certified" | "failed" | "cancelled"; failReason?: string },
): { certification: Certification; error?: SimulatedError } {
  const outcome = options.outcome ?? "certified";
  const certification = newCertification(context.state, {
    merchant_uid: request.merchant_uid ?? null,
    pg_provider: splitPg(request.pg, { provider: "danal", id: "" }).provider,
    ...(request.name ? { name: request.name } : {}),
    ...(request.phone ? { phone: request.phone } : {}),
    ...(request.carrier ? { carrier: request.carrier } : {}),
    certified: outcome === "certified",
    tier: context.tier,
  });
  if (outcome === "certified") return { certification };
  const message =
    outcome === "cancelled" ? "사용자가 본인인증을 취소하셨습니다" : (options.failReason ?? "본인인증에 실패했습니다.");
  return { certification, error: { error_code: outcome === "cancelled" ? "F001" : "F400", error_msg: message } };
}

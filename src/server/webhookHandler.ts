import type { IamportClient } from "./client";
import { IamportApiError } from "./errors";
import { BadRequest, json, readBody, remember } from "./http";
import type { Payment } from "./types";

export interface WebhookHandlerOptions {
  client: IamportClient;
  /** Called with the payment as i'mport's API reports it (never as the posted body claims), once per status. */
  onPayment: (
    payment: Payment,
    notice: { imp_uid: string; merchant_uid?: string; status?: string },
  ) => void | Promise<void>;
  includeSandbox?: boolean;
}

/**
 * i'mport's payment webhook: `(Request) => Promise<Response>`. Takes only `imp_uid` from the unauthenticated
 * body, looks the payment up, and hands it on once per `imp_uid` and status (i'mport may resend).
 */
export function createWebhookHandler(options: WebhookHandlerOptions) {
  const handled = new Map<string, true>();
  return async function webhook(request: Request): Promise<Response> {
    let notice: Record<string, string>;
    try {
      const text = await readBody(request, 16_384);
      const form = !/json/i.test(request.headers.get("content-type") ?? "");
      notice = form ? Object.fromEntries(new URLSearchParams(text)) : (JSON.parse(text) as Record<string, string>);
    } catch (error) {
      if (error instanceof BadRequest) return json({ error: error.message }, error.status);
      return json({ error: "The body is neither JSON nor a form." }, 400);
    }
    if (typeof notice?.imp_uid !== "string" || !notice.imp_uid) return json({ error: "`imp_uid` is required." }, 400);
    let payment: Payment;
    try {
      payment = await options.client.getPayment(notice.imp_uid, { includeSandbox: options.includeSandbox });
    } catch (error) {
      if (error instanceof IamportApiError && error.status === 404)
        return json({ ok: false, error: "Unknown imp_uid." }, 404);
      return json({ error: "i'mport is unreachable; send again." }, 502);
    }
    const key = `${payment.imp_uid}:${payment.status}:${payment.cancel_amount}`;
    if (handled.has(key)) return json({ ok: true, duplicate: true });
    remember(handled, key, true);
    try {
      await options.onPayment(payment, {
        imp_uid: notice.imp_uid,
        merchant_uid: notice.merchant_uid,
        status: notice.status,
      });
    } catch {
      handled.delete(key);
      return json({ error: "The merchant's handler failed; send again." }, 500);
    }
    return json({ ok: true, status: payment.status });
  };
}

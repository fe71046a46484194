import { holding, toExpected } from "./amount";
import type { IamportClient } from "./client";
import { DeadlineError, deadline, race } from "./deadline";
import { IamportApiError } from "./errors";
import { HttpError, json, refuse } from "./json";
import { readBody } from "./readBody";
import { defaultStore, isStoreUnavailableError, once, type HandlerStore } from "./store";
import type { Payment } from "./types";
import type { VerifyHandlerOptions } from "./verifyHandler";
import { idProblem } from "./verifyRequest";

export interface WebhookHandlerOptions {
  client: IamportClient;
  /**
   * Called with the payment as i'mport's API reports it, once per status. `notice` is what the webhook was about,
   * also from i'mport's record: the posted body is unauthenticated, and none of its fields is passed on. A record
   * with `customer_uid_usage: "issue"` is a billing-key issuance, whose `amount` was mostly only displayed.
   */
  onPayment: (
    payment: Payment,
    notice: { imp_uid: string; merchant_uid?: string; status?: string },
  ) => void | Promise<void>;
  /**
   * Your order table's amount for a `merchant_uid`, as given to the verify handler. With it, a payment handed on
   * at the order's amount counts as fulfilled (a later verify never refunds it, even after the order changed).
   * Without it, or at another amount, the verify handler still cancels a forged amount.
   */
  expectedAmount?: VerifyHandlerOptions["expectedAmount"];
  includeSandbox?: boolean;
  /** Where "handed on" marks live; default in-memory (one process). Share the verify handler's across instances. */
  store?: HandlerStore;
  /** One deadline around the i'mport look-up; past it the answer is `504` and i'mport sends again. Default 10 s. */
  timeoutMs?: number;
}

/**
 * i'mport's payment webhook: `(Request) => Promise<Response>`. Takes only `imp_uid` from the unauthenticated
 * body, looks the payment up, and hands it on once per `imp_uid`, status and refunded amount (i'mport resends).
 */
export function createWebhookHandler(options: WebhookHandlerOptions) {
  const client = options.client;
  const store = options.store ?? defaultStore();
  const timeoutMs = options.timeoutMs ?? 10_000;
  async function atOrderAmount(payment: Payment, signal: AbortSignal) {
    // An issuance's amount was mostly only displayed: it never counts as an order paid.
    if (payment.status !== "paid" || payment.customer_uid_usage === "issue" || !options.expectedAmount) return false;
    const expected = toExpected(await race(Promise.resolve(options.expectedAmount(payment.merchant_uid)), signal));
    const { net, currency } = holding(payment);
    return expected !== undefined && net === expected.amount && currency === expected.currency;
  }

  return async function webhook(request: Request): Promise<Response> {
    let notice: Record<string, unknown>;
    try {
      const body = await readBody(request, 16_384);
      const form = !/json/i.test(request.headers.get("content-type") ?? "");
      notice = form ? Object.fromEntries(new URLSearchParams(body)) : (JSON.parse(body) as Record<string, unknown>);
    } catch (error) {
      if (error instanceof HttpError) return refuse(error);
      return json({ error: "The body is neither JSON nor a form." }, 400);
    }
    const problem = idProblem("imp_uid", notice?.imp_uid);
    if (problem) return json({ error: `${problem} It is i'mport's id of the payment the webhook is about.` }, 400);
    const impUid = notice.imp_uid as string;
    const { signal, clear } = deadline(timeoutMs, "The webhook look-up");
    try {
      let payment: Payment;
      try {
        payment = await race(client.getPayment(impUid, { includeSandbox: options.includeSandbox, signal }), signal);
      } catch (error) {
        if (error instanceof IamportApiError && error.status === 404)
          return json({ ok: false, error: "Unknown imp_uid." }, 404);
        if (error instanceof DeadlineError) return json({ error: "i'mport did not answer in time; send again." }, 504);
        return json({ error: "i'mport is unreachable; send again." }, 502);
      }
      // Keyed on i'mport's record (known ids only), so invented ids never take a place in the store.
      const key = `webhook:${payment.imp_uid}:${payment.status}:${payment.cancel_amount ?? 0}`;
      let fresh = false;
      const handed = once(
        store,
        key,
        async () => {
          fresh = true;
          // Only a payment at the order's own amount counts as fulfilled here: a forged amount stays refundable.
          if (await atOrderAmount(payment, signal))
            await store.settle(`fulfilled:${payment.imp_uid}`, crypto.randomUUID(), { by: "webhook", at: Date.now() });
          await options.onPayment(payment, {
            imp_uid: payment.imp_uid,
            merchant_uid: payment.merchant_uid,
            status: payment.status,
          });
          return { status: payment.status };
        },
        { lockMs: timeoutMs * 3, signal },
      );
      handed.catch(() => {});
      try {
        await race(handed, signal);
      } catch (error) {
        if (isStoreUnavailableError(error)) return json({ error: "The handler's store is unavailable." }, 503);
        if (error instanceof DeadlineError) return json({ error: "Still handling; send again." }, 504);
        return json({ error: "The merchant's handler failed; send again." }, 500);
      }
      return json(fresh ? { ok: true, status: payment.status } : { ok: true, duplicate: true });
    } finally {
      clear();
    }
  };
}

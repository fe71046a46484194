import type { IamportClient } from "./client";
import { holding, toAmount, toExpected, type ExpectedAmount } from "./amount";
import { DeadlineError, deadline, race } from "./deadline";
import { IamportApiError } from "./errors";
import { HttpError, json } from "./json";
import { parseFields, readBody } from "./readBody";
import { defaultStore, isStoreUnavailableError, once, type HandlerStore } from "./store";
import type { Payment } from "./types";
import { idProblem } from "./verifyRequest";

/** What i'mport asks about just before it approves a payment (§2.1 `confirm_url`). */
export interface ConfirmRequest {
  imp_uid: string;
  merchant_uid: string;
  /** The amount about to be approved, as a number. */
  amount: number;
  /** i'mport's record of the payment, when the handler has a `client`. */
  payment?: Payment;
}

/** `true` approves; `false` or `{ reason }` blocks the payment (the reason is recorded as its `fail_reason`). */
export type ConfirmDecision = boolean | { reason: string };

export interface ConfirmHandlerOptions {
  /**
   * Cross-checks the posted `merchant_uid` and `amount` with i'mport's own record (the POST is unsigned). Without
   * it nothing is remembered, since invented ids would fill the shared store: a repeated POST is decided again.
   */
  client?: IamportClient;
  /** Decide: stock, limits, the buyer. Abort what you reserved when `signal` aborts (the answer was a refusal). */
  approve: (request: ConfirmRequest, context: { signal: AbortSignal }) => ConfirmDecision | Promise<ConfirmDecision>;
  /** The amount your order expects; a different amount is refused before `approve` runs. */
  expectedAmount?: (
    merchantUid: string,
  ) => ExpectedAmount | undefined | null | Promise<ExpectedAmount | undefined | null>;
  /** Where answers are kept so a repeated POST gets the same one; default in-memory (one process). */
  store?: HandlerStore;
  /** Answer within this long (i'mport waits 10 s); a slower decision is a refusal. Default 5 000 ms. */
  timeoutMs?: number;
  includeSandbox?: boolean;
}

type Answer = {
  status: number;
  body: { approved: true } | { reason: string };
  keep: boolean;
  merchant_uid?: string;
  amount?: number;
};

const refusal = (status: number, reason: string, keep = true): Answer => ({ status, body: { reason }, keep });

/**
 * i'mport's confirm process endpoint: `(Request) => Promise<Response>`. Answers `200` to approve; anything else
 * blocks the payment before money moves, with a JSON `reason`. Decides once per `imp_uid`, inside `timeoutMs`.
 */
export function createConfirmHandler(options: ConfirmHandlerOptions) {
  const store = options.store ?? defaultStore();
  const timeoutMs = options.timeoutMs ?? 5000;
  const client = options.client;
  /** Requests `approve` was asked about: only their deadline refusal is kept (stock may have been reserved). */
  const asked = new WeakSet<ConfirmRequest>();

  async function decide(request: ConfirmRequest, signal: AbortSignal): Promise<Answer> {
    if (client) {
      let payment: Payment;
      try {
        payment = await race(
          client.getPayment(request.imp_uid, { includeSandbox: options.includeSandbox, signal }),
          signal,
        );
      } catch (error) {
        if (error instanceof IamportApiError && (error.status === 404 || error.kind === "api"))
          return refusal(404, `i'mport knows no payment ${request.imp_uid}.`, false);
        throw error;
      }
      // Another spelling that i'mport's look-up also accepts would be decided (and reserved for) twice.
      if (payment.imp_uid !== request.imp_uid)
        return refusal(409, `i'mport files this payment as ${payment.imp_uid}; confirm it under that id.`, false);
      if (payment.merchant_uid !== request.merchant_uid || toAmount(payment.amount) !== request.amount)
        return refusal(409, "The posted merchant_uid or amount differs from i'mport's record.", false);
      // i'mport asks while the payment awaits approval; one already paid, failed or cancelled reserves nothing.
      if (payment.status === "paid" || payment.status === "failed" || payment.status === "cancelled")
        return refusal(409, `The payment is already ${payment.status}; i'mport asks only before approving.`, false);
      request.payment = payment;
    }
    if (options.expectedAmount) {
      const expected = toExpected(await race(Promise.resolve(options.expectedAmount(request.merchant_uid)), signal));
      if (!expected) return refusal(404, `No order ${request.merchant_uid}.`, false);
      const currency = request.payment ? holding(request.payment).currency : expected.currency;
      if (expected.amount !== request.amount || currency !== expected.currency)
        return refusal(
          409,
          // Not the order's amount: i'mport records the reason as `fail_reason`, which the buyer's window shows.
          `The order expects another amount than ${request.amount} ${currency}.`,
        );
    }
    asked.add(request);
    const decision = await race(Promise.resolve(options.approve(request, { signal })), signal);
    if (decision === true) return { status: 200, body: { approved: true }, keep: true };
    return refusal(409, (typeof decision === "object" && decision?.reason) || "The merchant refused the payment.");
  }

  return async function confirm(request: Request): Promise<Response> {
    let fields: Record<string, unknown>;
    try {
      fields = parseFields(request, await readBody(request, 4096));
    } catch (error) {
      if (error instanceof HttpError) return json({ reason: error.message }, error.status, error.headers);
      return json({ reason: "The request body could not be read." }, 400);
    }
    const imp_uid = fields.imp_uid;
    const merchant_uid = fields.merchant_uid;
    const amount = toAmount(fields.amount);
    const problem = idProblem("imp_uid", imp_uid) ?? idProblem("merchant_uid", merchant_uid);
    if (problem) return json({ reason: problem }, 400);
    if (amount === undefined) return json({ reason: "`amount` must be a number." }, 400);
    const confirmRequest: ConfirmRequest = { imp_uid: imp_uid as string, merchant_uid: merchant_uid as string, amount };

    const { signal, clear } = deadline(timeoutMs, "The confirm decision");
    try {
      const answer = await once<Answer>(
        store,
        `confirm:${confirmRequest.imp_uid}`,
        () =>
          decide(confirmRequest, signal)
            .then((decided) => ({ ...decided, merchant_uid: confirmRequest.merchant_uid, amount }))
            .catch((error: unknown) => {
              // Past the deadline before `approve` (i'mport slow to look the id up): nothing was decided, and an
              // id i'mport never confirmed must not take a place in the store.
              if (error instanceof DeadlineError)
                return refusal(504, `The merchant did not decide within ${timeoutMs} ms.`, asked.has(confirmRequest));
              if (error instanceof HttpError) return refusal(error.status, error.message, false);
              throw error;
            }),
        { lockMs: timeoutMs * 3, signal, keep: (answer) => answer.keep && client !== undefined },
      );
      // A POST for a decided imp_uid with other fields is refused, whatever was decided before.
      if (answer.merchant_uid !== undefined && (answer.merchant_uid !== merchant_uid || answer.amount !== amount))
        return json({ reason: "This imp_uid was confirmed with another merchant_uid or amount." }, 409);
      return json(answer.body, answer.status);
    } catch (error) {
      if (isStoreUnavailableError(error)) return json({ reason: "The order store is unavailable." }, 503);
      if (error instanceof DeadlineError) return json({ reason: `No decision within ${timeoutMs} ms.` }, 504);
      return json({ reason: "The confirm check failed on the server." }, 500);
    } finally {
      clear();
    }
  };
}

import type { VerifyRequest, VerifyResponse } from "../core/verify";
import type { IamportClient } from "./client";
import { IamportApiError } from "./errors";
import { BadRequest, json, parseVerifyRequest, readBody, remember } from "./http";
import type { BillingKey, Certification, Payment } from "./types";

/** What a verification established, handed to `onVerified` once per `imp_uid`. */
export type Verified =
  | { type: "payment"; status: "paid" | "ready"; request: VerifyRequest; payment: Payment }
  | { type: "billing_key"; status: "issued"; request: VerifyRequest; billingKey: BillingKey }
  | { type: "certification"; status: "certified"; request: VerifyRequest; certification: Certification };

export interface VerifyHandlerOptions {
  client: IamportClient;
  /** The amount YOUR order table expects for this `merchant_uid`; `undefined` for an order you do not know. */
  expectedAmount: (merchantUid: string) => number | undefined | Promise<number | undefined>;
  /** Fulfil the order here (mark paid, store the vbank, save the customer); called once per `imp_uid`. */
  onVerified?: (verified: Verified) => void | Promise<void>;
  /** Also find payments made through test channels (i'mport's `include_sandbox`); default false. */
  includeSandbox?: boolean;
  /** Largest accepted body; default 4 KB. */
  maxBodyBytes?: number;
}

/**
 * The merchant's verify endpoint: `(Request) => Promise<Response>`. Looks every result up on i'mport,
 * compares the amount with your own order (never with anything the browser sent), cancels a forged payment,
 * and answers the same thing however often, or however concurrently, one `imp_uid` is verified.
 */
export function createVerifyHandler(options: VerifyHandlerOptions) {
  const { client } = options;
  const answers = new Map<string, Promise<VerifyResponse>>();

  async function verifyPayment(request: VerifyRequest): Promise<VerifyResponse> {
    const payment = await client.getPayment(request.imp_uid, { includeSandbox: options.includeSandbox });
    const base = {
      imp_uid: payment.imp_uid,
      merchant_uid: payment.merchant_uid,
      amount: payment.amount,
      pay_method: payment.pay_method,
    };
    if (payment.merchant_uid !== request.merchant_uid)
      return { status: "forgery", message: "This payment belongs to another order." };
    if (payment.status === "failed" || payment.status === "cancelled")
      return {
        status: "failed",
        ...base,
        message: payment.fail_reason ?? payment.cancel_reason ?? `The payment is ${payment.status}.`,
      };
    const vbank = payment.status === "ready" && payment.pay_method === "vbank";
    if (payment.status === "ready" && !vbank)
      return { status: "failed", ...base, message: "The payment was not completed." };
    const expected = await options.expectedAmount(payment.merchant_uid);
    if (expected === undefined) return { status: "forgery", message: "No such order." };
    if (payment.amount !== expected) {
      // The browser can change the amount; i'mport's record cannot lie. Refund what is refundable, once.
      await client.cancelPayment({
        imp_uid: payment.imp_uid,
        reason: `Amount mismatch: paid ${payment.amount}, order expects ${expected}`,
        checksum: payment.amount - (payment.cancel_amount ?? 0),
      });
      return { status: "forgery", message: "The paid amount does not match the order; the payment was cancelled." };
    }
    await options.onVerified?.({ type: "payment", status: vbank ? "ready" : "paid", request, payment });
    if (!vbank) return { status: "paid", ...base, receipt_url: payment.receipt_url ?? undefined };
    const { vbank_num, vbank_name, vbank_code, vbank_holder, vbank_date } = payment;
    return { status: "ready", ...base, vbank: { vbank_num, vbank_name, vbank_code, vbank_holder, vbank_date } };
  }

  async function verifyBillingKey(request: VerifyRequest): Promise<VerifyResponse> {
    const billingKey = await client.getBillingKey(request.customer_uid as string);
    await options.onVerified?.({ type: "billing_key", status: "issued", request, billingKey });
    return {
      status: "issued",
      customer_uid: billingKey.customer_uid,
      card_name: billingKey.card_name,
      card_number: billingKey.card_number,
    };
  }

  async function verifyCertification(request: VerifyRequest): Promise<VerifyResponse> {
    const certification = await client.getCertification(request.imp_uid);
    if (certification.merchant_uid !== request.merchant_uid)
      return { status: "forgery", message: "This verification belongs to another request." };
    if (!certification.certified) return { status: "failed", message: "The identity was not verified." };
    await options.onVerified?.({ type: "certification", status: "certified", request, certification });
    // CI/DI and personal details stay on the server: the browser learns only that it worked.
    return { status: "certified", imp_uid: certification.imp_uid, merchant_uid: request.merchant_uid };
  }

  const decide = (request: VerifyRequest) =>
    (request.type === "billing_key"
      ? verifyBillingKey
      : request.type === "certification"
        ? verifyCertification
        : verifyPayment)(request).catch((error: unknown) => {
      // i'mport knows no such id: a definite answer, not an outage.
      if (error instanceof IamportApiError && (error.status === 404 || error.kind === "api"))
        return { status: "failed", message: error.apiMessage ?? error.message } satisfies VerifyResponse;
      throw error;
    });

  return async function verify(request: Request): Promise<Response> {
    let body: VerifyRequest;
    try {
      body = parseVerifyRequest(request, await readBody(request, options.maxBodyBytes ?? 4096));
    } catch (error) {
      if (error instanceof BadRequest)
        return json({ error: error.message }, error.status, error.status === 405 ? { allow: "POST" } : {});
      throw error;
    }
    const key = `${body.type}:${body.imp_uid}:${body.merchant_uid}:${body.customer_uid ?? ""}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = remember(answers, key, decide(body));
      // Outages and merchant callback errors are not answers: the next attempt tries again.
      answer.catch(() => answers.delete(key));
    }
    try {
      return json(await answer);
    } catch (error) {
      const outage = error instanceof IamportApiError && error.transient;
      return json(
        { error: outage ? "i'mport is unreachable; try again." : "Verification failed on the server." },
        outage ? 502 : 500,
      );
    }
  };
}

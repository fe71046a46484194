import type { VerifyRequest, VerifyResponse } from "../core/verify";
import { holding, toAmount, toExpected, type ExpectedAmount } from "./amount";
import type { IamportClient } from "./client";
import { DeadlineError, deadline, race } from "./deadline";
import { IamportApiError } from "./errors";
import { HttpError, json, refuse } from "./json";
import { readBody } from "./readBody";
import { defaultStore, isStoreUnavailableError, once, type HandlerStore } from "./store";
import type { BillingKey, Certification, Payment } from "./types";
import { parseVerifyRequest } from "./verifyRequest";

/** What a verification established, handed to `onVerified` once per `imp_uid`. */
export type Verified =
  | { type: "payment"; status: "paid" | "ready"; request: VerifyRequest; payment: Payment }
  | { type: "billing_key"; status: "issued"; request: VerifyRequest; billingKey: BillingKey }
  | { type: "certification"; status: "certified"; request: VerifyRequest; certification: Certification };

export interface VerifyHandlerOptions {
  client: IamportClient;
  /**
   * What YOUR order table expects for this `merchant_uid`: a number (KRW), a numeric string, or
   * `{ amount, currency }`; `undefined` for an order you do not know. Also asked about billing-key issuances
   * at PGs that charge while they issue (Kakao Pay, Danal…): return `undefined` there to leave that unchecked.
   */
  expectedAmount: (
    merchantUid: string,
  ) => ExpectedAmount | undefined | null | Promise<ExpectedAmount | undefined | null>;
  /** Fulfil the order here (mark paid, store the vbank, save the customer); called once per `imp_uid`. */
  onVerified?: (verified: Verified) => void | Promise<void>;
  /** Billing keys: `true` when `customer_uid` belongs to the buyer signed in on `request` (your session). */
  expectedCustomer?: (check: {
    customer_uid: string;
    merchant_uid: string;
    request: Request;
  }) => boolean | Promise<boolean>;
  /** Billing keys: also answer the card's `card_name` / masked `card_number` to the browser; default false. */
  exposeCard?: boolean;
  /** Also find payments made through test channels (i'mport's `include_sandbox`); default false. */
  includeSandbox?: boolean;
  /** Largest accepted body; default 4 KB. */
  maxBodyBytes?: number;
  /** Where answers and fulfilment marks live; default in-memory (one process). Share one across instances. */
  store?: HandlerStore;
  /** One deadline around the whole verification (all i'mport calls); past it the answer is `504`. Default 10 s. */
  timeoutMs?: number;
}

/** A decision about one `imp_uid`; `keep` when it is a property of i'mport's record, safe to answer again. */
type Decision = { answer: VerifyResponse; keep: boolean; merchant_uid?: string; customer_uid?: string };

const forgery = (message: string): Decision => ({ answer: { status: "forgery", message }, keep: false });

/** The payment changed between two reads; nothing is decided and the browser's retry decides afresh. */
class Unsettled extends Error {}

/** i'mport refused one of the handler's own look-ups (no such id): a definite answer about that id. */
class Unknown extends Error {}

/** The handler's own look-ups, and only those, turn i'mport's "no such id" into {@link Unknown}. */
function known<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof IamportApiError && (error.status === 404 || error.kind === "api"))
      throw new Unknown(error.apiMessage ?? error.message);
    throw error;
  });
}

/** PGs whose billing-key window charges `amount` while it issues the key (reference §6.1); Welcome for phones. */
const CHARGING = ["kakaopay", "danal_tpay", "danal", "mobilians", "settle_acc", "paymentwall"];
const charges = (issue: Payment) =>
  CHARGING.includes(issue.pg_provider ?? "") || (issue.pg_provider === "welcome" && issue.pay_method === "phone");

/** i'mport answered about another id than the one asked (another spelling): never fulfilled under this one. */
const otherId = () => forgery("i'mport knows this result under another imp_uid; verify it with i'mport's own.");

/**
 * The merchant's verify endpoint: `(Request) => Promise<Response>`. Looks every result up on i'mport, compares
 * the amount paid and not refunded with your own order (never with anything the browser sent), cancels a forged
 * payment that was never fulfilled, and answers the same thing however often one `imp_uid` is verified.
 */
export function createVerifyHandler(options: VerifyHandlerOptions) {
  const client = options.client;
  const store = options.store ?? defaultStore();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const fulfilledKey = (impUid: string) => `fulfilled:${impUid}`;
  const markFulfilled = (impUid: string, by: string) =>
    store.settle(fulfilledKey(impUid), crypto.randomUUID(), { by, at: Date.now() });

  function lookup(impUid: string, signal: AbortSignal) {
    return known(race(client.getPayment(impUid, { includeSandbox: options.includeSandbox, signal }), signal));
  }
  async function expect(merchantUid: string, signal: AbortSignal) {
    return toExpected(await race(Promise.resolve(options.expectedAmount(merchantUid)), signal));
  }

  async function verifyPayment(request: VerifyRequest, signal: AbortSignal): Promise<Decision> {
    const payment = await lookup(request.imp_uid, signal);
    if (payment.imp_uid !== request.imp_uid) return otherId();
    if (payment.merchant_uid !== request.merchant_uid) return forgery("This payment belongs to another order.");
    const { paid, cancelled, net, currency } = holding(payment);
    // A record made with a billing key is verified as a payment only when a window charged as it issued the key.
    const usage = request.type === "payment" ? payment.customer_uid_usage : null;
    // A charge your server made with the key (`again`, a schedule) opened no window: no browser verifies it, and a
    // prorated or discounted amount must never be refunded because a subscriber posted its imp_uid.
    if (usage && usage !== "issue")
      return forgery("This imp_uid is a charge your server made with a billing key; no browser verifies it.");
    // `requestPay` with a `customer_uid` opens an issuance. Its record shows the window's amount, charged only at
    // the PGs that charge as they issue: anywhere else nothing was paid, so it is never fulfilled as a payment.
    if (usage === "issue" && !(paid > 0 && charges(payment)))
      return forgery("This imp_uid is a billing-key issuance that charged nothing; verify it as type `billing_key`.");
    const keep = { keep: true, merchant_uid: payment.merchant_uid };
    const base = {
      imp_uid: payment.imp_uid,
      merchant_uid: payment.merchant_uid,
      amount: net,
      pay_method: payment.pay_method,
    };
    if (payment.status === "failed" || payment.status === "cancelled")
      return {
        answer: {
          status: "failed",
          ...base,
          message: payment.fail_reason || payment.cancel_reason || `The payment is ${payment.status}.`,
        },
        ...keep,
      };
    const vbank = payment.status === "ready" && payment.pay_method === "vbank";
    if (payment.status !== "paid" && !vbank)
      return { answer: { status: "failed", ...base, message: "The payment was not completed." }, keep: false };
    const expected = await expect(payment.merchant_uid, signal);
    if (!expected) return forgery("No such order.");
    if (net === expected.amount && currency === expected.currency) {
      // From here on the payment counts as fulfilled: nothing a browser posts later can turn it into a refund.
      await markFulfilled(payment.imp_uid, "verify");
      await options.onVerified?.({ type: "payment", status: vbank ? "ready" : "paid", request, payment });
      if (!vbank)
        return { answer: { status: "paid", ...base, receipt_url: payment.receipt_url ?? undefined }, ...keep };
      const { vbank_num, vbank_name, vbank_code, vbank_holder, vbank_date } = payment;
      const info = { vbank_num, vbank_name, vbank_code, vbank_holder, vbank_date };
      return { answer: { status: "ready", ...base, vbank: info }, ...keep };
    }
    // Never the order's own amount: anyone may open a free virtual account for an order, and the cancel reason
    // is answered back as the record's `cancel_reason`.
    const mismatch = `paid ${net} ${currency}`;
    const reason = `Amount mismatch: ${mismatch}`;
    if (cancelled > 0)
      // A partial refund is the merchant's own doing, after fulfilment: never answered with another refund.
      return {
        answer: { status: "failed", ...base, message: `The payment was partly refunded (${mismatch}).` },
        keep: false,
      };
    if (payment.status !== "paid")
      return { answer: { status: "forgery", message: `The amount does not match the order (${mismatch}).` }, ...keep };
    // A deposit goes back only to the depositor's own account, which i'mport's record does not hold.
    if (payment.pay_method === "vbank") {
      console.error(
        `iamport-react/server: ${payment.imp_uid} deposited ${mismatch} for another order amount; refund it.`,
      );
      return {
        answer: {
          status: "forgery",
          message: `The amount does not match the order (${mismatch}); refund the deposit from i'mport's console.`,
        },
        ...keep,
      };
    }
    if (await store.get(fulfilledKey(payment.imp_uid)))
      return forgery(`The amount does not match the order (${mismatch}); it was fulfilled, so it was not cancelled.`);
    // Refund only on a fresh, consistent reading: the same record and the same order, twice.
    const again = await lookup(payment.imp_uid, signal);
    const expectedAgain = await expect(payment.merchant_uid, signal);
    if (
      again.status !== "paid" ||
      toAmount(again.amount) !== paid ||
      (toAmount(again.cancel_amount ?? 0) ?? NaN) !== 0 ||
      expectedAgain?.amount !== expected.amount ||
      expectedAgain.currency !== expected.currency
    )
      throw new Unsettled("The payment or the order changed while it was verified.");
    signal.throwIfAborted();
    await client.cancelPayment({ imp_uid: payment.imp_uid, reason, checksum: paid }, { signal });
    return {
      answer: { status: "forgery", message: "The paid amount does not match the order; the payment was cancelled." },
      ...keep,
    };
  }

  async function verifyBillingKey(request: VerifyRequest, signal: AbortSignal): Promise<Decision> {
    const customerUid = request.customer_uid as string;
    // The key must have been issued by this very request: i'mport's record of `imp_uid` says so.
    const issue = await lookup(request.imp_uid, signal);
    if (issue.imp_uid !== request.imp_uid) return otherId();
    if (
      issue.customer_uid !== customerUid ||
      issue.merchant_uid !== request.merchant_uid ||
      issue.customer_uid_usage !== "issue"
    )
      return forgery("This billing key was not issued by this request.");
    // A declined issuance leaves the customer's older key in place: it must not pass for the new one.
    if (issue.status !== "paid") {
      const final = issue.status === "failed" || issue.status === "cancelled";
      const message = issue.fail_reason || issue.cancel_reason || `The billing key issuance is ${issue.status}.`;
      return { answer: { status: "failed", message }, keep: final, merchant_uid: request.merchant_uid };
    }
    // These PGs charge `amount` as they issue (elsewhere it is only displayed): a forged charge starts nothing.
    const { paid, net, currency } = holding(issue);
    if (paid > 0 && charges(issue)) {
      const expected = await expect(issue.merchant_uid, signal);
      // A charge like any forged payment: refunded on two consistent readings unless it was fulfilled.
      if (expected && (net !== expected.amount || currency !== expected.currency))
        return verifyPayment(request, signal);
    }
    const billingKey = await known(race(client.getBillingKey(customerUid, { signal }), signal));
    await markFulfilled(issue.imp_uid, "verify");
    await options.onVerified?.({ type: "billing_key", status: "issued", request, billingKey });
    const card = options.exposeCard ? { card_name: billingKey.card_name, card_number: billingKey.card_number } : {};
    return {
      answer: {
        status: "issued",
        imp_uid: issue.imp_uid,
        merchant_uid: request.merchant_uid,
        customer_uid: billingKey.customer_uid,
        ...card,
      },
      keep: true,
      merchant_uid: request.merchant_uid,
      customer_uid: customerUid,
    };
  }

  async function verifyCertification(request: VerifyRequest, signal: AbortSignal): Promise<Decision> {
    const certification = await known(race(client.getCertification(request.imp_uid, { signal }), signal));
    if (certification.imp_uid !== request.imp_uid) return otherId();
    if (certification.merchant_uid !== request.merchant_uid)
      return forgery("This verification belongs to another request.");
    const keep = { keep: true, merchant_uid: request.merchant_uid };
    if (!certification.certified)
      return { answer: { status: "failed", message: "The identity was not verified." }, ...keep };
    await markFulfilled(certification.imp_uid, "verify");
    await options.onVerified?.({ type: "certification", status: "certified", request, certification });
    // CI/DI and personal details stay on the server: the browser learns only that it worked.
    return {
      answer: { status: "certified", imp_uid: certification.imp_uid, merchant_uid: request.merchant_uid },
      ...keep,
    };
  }

  const STEPS = { payment: verifyPayment, billing_key: verifyBillingKey, certification: verifyCertification };

  const decide = (request: VerifyRequest, signal: AbortSignal) =>
    STEPS[request.type](request, signal).catch((error: unknown): Decision => {
      // i'mport knows no such id: a definite answer, never remembered (invented ids must not fill the store).
      // The same error from the merchant's own callbacks is no answer about the id: it stays a retriable 5xx.
      if (error instanceof Unknown) return { answer: { status: "failed", message: error.message }, keep: false };
      throw error;
    });

  function failure(error: unknown): Response {
    if (error instanceof DeadlineError)
      return json({ error: `Verification took longer than ${timeoutMs} ms; try again.` }, 504);
    if (isStoreUnavailableError(error)) return json({ error: "The handler's store is unavailable; try again." }, 503);
    if (error instanceof Unsettled) return json({ error: `${error.message} Try again.` }, 503);
    if (error instanceof HttpError) return refuse(error);
    const outage = error instanceof IamportApiError && error.transient;
    return json(
      { error: outage ? "i'mport is unreachable; try again." : "Verification failed on the server." },
      outage ? 502 : 500,
    );
  }

  return async function verify(request: Request): Promise<Response> {
    let body: VerifyRequest;
    try {
      body = parseVerifyRequest(request, await readBody(request, options.maxBodyBytes ?? 4096));
    } catch (error) {
      if (error instanceof HttpError) return refuse(error);
      return json({ error: "The request body could not be read." }, 400);
    }
    const { signal, clear } = deadline(timeoutMs, "Verification");
    try {
      if (body.type === "billing_key" && options.expectedCustomer) {
        const check = { customer_uid: body.customer_uid as string, merchant_uid: body.merchant_uid, request };
        if (!(await race(Promise.resolve(options.expectedCustomer(check)), signal)))
          return json({ status: "forgery", message: "This billing key belongs to another customer." });
      }
      // Keyed on what identifies the result at i'mport, never on a field the browser chose.
      const decided = once<Decision>(store, `verify:${body.type}:${body.imp_uid}`, () => decide(body, signal), {
        lockMs: timeoutMs * 3,
        signal,
        keep: (decision) => decision.keep,
      });
      // A fulfilment past the deadline still finishes and settles; this request answers 504 meanwhile.
      decided.catch(() => {});
      const decision = await race(decided, signal);
      if (
        (decision.merchant_uid !== undefined && decision.merchant_uid !== body.merchant_uid) ||
        (decision.customer_uid !== undefined && decision.customer_uid !== body.customer_uid)
      )
        return json({ status: "forgery", message: "This result belongs to another order." });
      return json(decision.answer);
    } catch (error) {
      return failure(error);
    } finally {
      clear();
    }
  };
}

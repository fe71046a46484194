import { delay, http, HttpResponse, type HttpHandler } from "msw";
import type { VerifyRequest, VerifyResponse } from "../core/verify";
import { fakeLedger } from "./ledger";

export interface FakeOrder {
  /** The amount your server expects for this `merchant_uid`. */
  amount: number;
}

export interface VerifyHandlersOptions {
  /** Path or URL of the endpoint; default `/api/iamport/verify`. */
  url?: string;
  /** The merchant's order table; when given, a payment for an unknown order or another amount is a forgery. */
  orders?: Record<string, FakeOrder>;
  /** Answer 503 this many times before answering normally (an endpoint that comes back). */
  failFirst?: number;
  /** Never answer: every request fails as a network error (an endpoint that is down). */
  unreachable?: boolean;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Decide the answer yourself instead of the built-in ledger check. */
  respond?: (request: VerifyRequest) => VerifyResponse | Promise<VerifyResponse>;
}

export type VerifyHandlers = HttpHandler[] & {
  /** Every body posted, in order, including the ones answered with an error. */
  requests: VerifyRequest[];
  orders: Record<string, FakeOrder>;
};

function decide(request: VerifyRequest, orders: Record<string, FakeOrder> | undefined): VerifyResponse {
  const record = fakeLedger().get(request.imp_uid);
  if (!record) return { status: "failed", message: `i'mport has no record of ${request.imp_uid}.` };
  if (record.merchant_uid !== request.merchant_uid) return { status: "forgery", message: `${request.imp_uid} belongs to another order.` };
  const order = orders?.[record.merchant_uid];
  if (record.type === "payment" && orders && order?.amount !== record.amount) {
    return { status: "forgery", message: `Paid ${record.amount}, but order ${record.merchant_uid} expects ${order?.amount ?? "nothing"}; the payment was cancelled.` };
  }
  if (record.status === "failed" || record.status === "cancelled") return { status: "failed", message: `The payment is ${record.status}.` };
  if (record.status === "ready") return { status: "ready", imp_uid: record.imp_uid, amount: record.amount, vbank: record.vbank };
  return { status: record.status, imp_uid: record.imp_uid, amount: record.amount, ...(record.customer_uid && { customer_uid: record.customer_uid }), ...(record.receipt_url && { receipt_url: record.receipt_url }) };
}

/**
 * Mock Service Worker handlers implementing the verify contract over an in-memory order table, judged
 * against what the fake `IMP` recorded. Spread them into `setupServer(...)` or `setupWorker(...)`.
 */
export function createVerifyHandlers(options: VerifyHandlersOptions = {}): VerifyHandlers {
  const requests: VerifyRequest[] = [];
  const answered = new Map<string, VerifyResponse>();
  let failures = options.failFirst ?? 0;
  const handler = http.post(options.url ?? "/api/iamport/verify", async ({ request }) => {
    let body: VerifyRequest;
    try {
      body = (await request.json()) as VerifyRequest;
    } catch {
      return HttpResponse.json({ error: "Body must be JSON." }, { status: 400 });
    }
    requests.push(body);
    if (options.delayMs) await delay(options.delayMs);
    if (options.unreachable) return HttpResponse.error();
    if (failures > 0) {
      failures--;
      return HttpResponse.json({ error: "Temporarily unavailable." }, { status: 503 });
    }
    if (typeof body.imp_uid !== "string" || typeof body.merchant_uid !== "string") {
      return HttpResponse.json({ error: "`imp_uid` and `merchant_uid` are required." }, { status: 400 });
    }
    const key = `${body.type}:${body.imp_uid}`;
    const verdict = answered.get(key) ?? (options.respond ? await options.respond(body) : decide(body, options.orders));
    answered.set(key, verdict);
    return HttpResponse.json(verdict);
  });
  return Object.assign([handler], { requests, orders: options.orders ?? {} });
}

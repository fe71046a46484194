import { delay, http, HttpResponse, type HttpHandler } from "msw";
import type { VerifyRequest, VerifyResponse } from "../core/verify";
import { createIamportClient } from "../server/client";
import type { Payment } from "../server/types";
import { createVerifyHandler } from "../server/verifyHandler";
import { createFakeIamportApi } from "./fakeIamportApi";
import { fakeLedger, type FakeRecord } from "./ledger";

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
  /** Decide the answer yourself instead of the kit's own verify handler. */
  respond?: (request: VerifyRequest) => VerifyResponse | Promise<VerifyResponse>;
}

export type VerifyHandlers = HttpHandler[] & {
  /** Every body posted, in order, including the ones answered with an error. */
  requests: VerifyRequest[];
  orders: Record<string, FakeOrder>;
};

/**
 * Mock Service Worker handlers for your verify endpoint that answer exactly as `iamport-react/server`'s
 * `createVerifyHandler` would: what the fake `IMP` simulated is mirrored into an in-memory i'mport REST API
 * and judged against your order table. Spread them into `setupServer(...)` or `setupWorker(...)`.
 */
export function createVerifyHandlers(options: VerifyHandlersOptions = {}): VerifyHandlers {
  const requests: VerifyRequest[] = [];
  const api = createFakeIamportApi();
  const client = createIamportClient({
    apiKey: "test_api_key",
    apiSecret: "test_api_secret",
    fetch: api.fetch,
    retries: 0,
  });
  // Without an order table, whatever the fake IMP recorded for the order is what the merchant expected.
  const expectedAmount = (merchantUid: string) =>
    options.orders
      ? options.orders[merchantUid]?.amount
      : [...fakeLedger().values()].find((r) => r.merchant_uid === merchantUid)?.amount;
  const verify = createVerifyHandler({ client, expectedAmount });

  /** Tells the fake REST API what the fake IMP simulated, as i'mport's cloud would know it. */
  const mirror = (record: FakeRecord | undefined, customerUid: string | undefined) => {
    if (record?.type === "certification" && !api.payments.has(record.imp_uid)) {
      api.addCertification({
        imp_uid: record.imp_uid,
        merchant_uid: record.merchant_uid,
        certified: record.status === "certified",
      });
    } else if (record?.type === "payment" && !api.payments.has(record.imp_uid)) {
      const status =
        record.status === "ready" || record.status === "failed" || record.status === "cancelled"
          ? record.status
          : "paid";
      api.addPayment({
        imp_uid: record.imp_uid,
        merchant_uid: record.merchant_uid,
        amount: record.amount,
        status,
        pay_method: record.pay_method ?? (status === "ready" ? "vbank" : "card"),
        receipt_url: record.receipt_url,
        ...(record.vbank as Partial<Payment>),
      });
    }
    const issued = [...fakeLedger().values()].find(
      (r) => r.type === "billing_key" && r.customer_uid === customerUid && r.status === "issued",
    );
    if (customerUid && issued) {
      api.addBillingKey({ customer_uid: customerUid });
      // i'mport records the issuing request as a payment of the key (the verify handler checks it).
      if (!api.payments.has(issued.imp_uid))
        api.addPayment({
          imp_uid: issued.imp_uid,
          merchant_uid: issued.merchant_uid,
          amount: 0,
          customer_uid: customerUid,
          customer_uid_usage: "issue",
        });
    }
  };

  let failures = options.failFirst ?? 0;
  const handler = http.post(options.url ?? "/api/iamport/verify", async ({ request }) => {
    const body = (await request
      .clone()
      .json()
      .catch(() => null)) as VerifyRequest | null;
    if (body) requests.push(body);
    if (options.delayMs) await delay(options.delayMs);
    if (options.unreachable) return HttpResponse.error();
    if (failures > 0) {
      failures--;
      return HttpResponse.json({ error: "Temporarily unavailable." }, { status: 503 });
    }
    if (options.respond && body) return HttpResponse.json(await options.respond(body));
    if (body && typeof body.imp_uid === "string") mirror(fakeLedger().get(body.imp_uid), body.customer_uid);
    return verify(request);
  });
  return Object.assign([handler], { requests, orders: options.orders ?? {} });
}

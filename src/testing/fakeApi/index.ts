import type { BillingKey, Certification, Payment } from "../../server/types";
import { createTokens } from "./auth";
import { parseForm, readBody } from "./body";
import { billingKeyRoutes } from "./billing";
import { certificationRoutes } from "./certifications";
import { fail, seconds } from "./envelope";
import { escrowRoutes } from "./escrow";
import { listen } from "./listen";
import { paymentRoutes } from "./payments";
import { prepareRoutes } from "./prepare";
import { receiptRoutes } from "./receipts";
import { match } from "./router";
import { createSchedules } from "./schedules";
import {
  simulateBillingKey,
  simulateCertification,
  simulatePayment,
  type SimulatedRequest,
  type SimulateOptions,
} from "./simulate";
import { createState, newBillingKey, newCertification, newPayment, settle } from "./state";
import { vbankRoutes } from "./vbanks";
import { confirm, createWebhooks } from "./webhooks";

export interface FakeIamportApiOptions {
  apiKey?: string;
  apiSecret?: string;
  /** Token lifetime in seconds; default 1800 (i'mport's 30 minutes). */
  tokenTtlSeconds?: number;
  /** Tier codes the agency account may act for (the `Tier` header). */
  tiers?: string[];
  /** The console's webhook URL: where notifications go when a payment names no `notice_url`. */
  webhookUrl?: string;
  /** The console's `confirm_url`: asked before every simulated approval (i'mport's confirm process). */
  confirmUrl?: string;
  /** How long i'mport waits for `confirm_url`; default 10 000 ms, as i'mport does. */
  confirmTimeoutMs?: number;
  /** Payments made without saying otherwise come from a test channel (`sandbox: true`); default false. */
  sandbox?: boolean;
  /** Card charges above this amount are declined with `한도초과`; default 1 000 000. */
  cardLimit?: number;
  /** How webhooks and confirm calls reach the merchant; default the global `fetch`. */
  fetch?: typeof fetch;
}

/**
 * An in-memory i'mport V1 REST API that behaves like the real one for what `createIamportClient` covers
 * (payments, refunds, prepare, billing keys, subscriptions and schedules, certifications, virtual accounts,
 * cash receipts, escrow), answering i'mport's `404` envelope for the rest. Use `fetch` as the client's
 * `fetch`, `handle` in a route, or `listen()` for a real server on 127.0.0.1; `pay()`, `issueBillingKey()`,
 * `certify()`, `depositVbank()` and `runSchedules()` stand in for what buyers and time do.
 */
export function createFakeIamportApi(options: FakeIamportApiOptions = {}) {
  const state = createState(options);
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const tokens = createTokens({
    apiKey: options.apiKey ?? "test_api_key",
    apiSecret: options.apiSecret ?? "test_api_secret",
    tokenTtlSeconds: options.tokenTtlSeconds ?? 1800,
  });
  const webhooks = createWebhooks(options.webhookUrl, doFetch);
  const notify = (payment: Payment, noticeUrl?: string | null) =>
    webhooks.send({ imp_uid: payment.imp_uid, merchant_uid: payment.merchant_uid, status: payment.status }, noticeUrl);
  const schedules = createSchedules(state, notify);
  const routes = [
    ...prepareRoutes(state),
    ...paymentRoutes(state, notify),
    ...billingKeyRoutes(state, notify),
    ...schedules.routes,
    ...certificationRoutes(state),
    ...vbankRoutes(state, notify),
    ...receiptRoutes(state),
    ...escrowRoutes(state),
  ];
  const requests: { method: string; path: string; tier?: string; body?: unknown; query?: unknown }[] = [];
  let down = false;
  let latencyMs = 0;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/\/{2,}/g, "/").replace(/(.)\/$/, "$1");
    const tier = request.headers.get("tier") ?? undefined;
    const body = request.method === "GET" || request.method === "HEAD" ? {} : await readBody(request);
    const query = parseForm(url.searchParams);
    const token = path === "/users/getToken";
    requests.push({ method: request.method, path, tier, body: token ? undefined : (body ?? undefined), query });
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (down) return new Response("Service Unavailable", { status: 503 });
    if (body === null) return fail(400, "요청 본문을 읽을 수 없습니다 (JSON 객체 또는 form-urlencoded).");
    if (token && request.method === "POST") return tokens.issue(body);
    const refused = tokens.check(request.headers);
    if (refused) return refused;
    if (tier !== undefined && !(options.tiers ?? []).includes(tier))
      return fail(401, `하위가맹점(${tier}) 권한이 없습니다.`);
    const found = match(routes, request.method, path);
    if (!found) return fail(404, `지원하지 않는 API입니다: ${request.method} ${path}`);
    return found[0]({ params: found[1], query, body, tier });
  }

  const context = (tier?: string) => ({
    state,
    confirmUrl: options.confirmUrl,
    confirmTimeoutMs: options.confirmTimeoutMs ?? 10_000,
    fetch: doFetch,
    notify,
    tier,
  });

  const api = {
    handle,
    /** A `fetch` to give `createIamportClient({ fetch })`: requests never leave the process. */
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init))) as typeof fetch,
    /** Serves the fake API over real HTTP on 127.0.0.1 (Node only). */
    listen: (port = 0) => listen(handle, port),

    /** A buyer goes through a payment window: `paid`, `ready` (virtual account issued), `failed` or `cancelled`. */
    pay: <R extends SimulatedRequest>(request: R, simulate: SimulateOptions & { tier?: string } = {}) =>
      simulatePayment(context(simulate.tier), request, simulate),
    /** A buyer registers a card: the billing key and its issue record (`customer_uid_usage: "issue"`). */
    issueBillingKey: <R extends SimulatedRequest & { customer_uid: string }>(
      request: R,
      simulate: Omit<SimulateOptions, "outcome"> & { outcome?: "issued" | "failed" | "cancelled"; tier?: string } = {},
    ) => simulateBillingKey(context(simulate.tier), request, simulate),
    /** A person verifies their identity. */
    certify: <R extends { merchant_uid?: string; pg?: string; name?: string; phone?: string; carrier?: string }>(
      request: R,
      simulate: { outcome?: "certified" | "failed" | "cancelled"; failReason?: string; tier?: string } = {},
    ) => simulateCertification(context(simulate.tier), request, simulate),
    /** The buyer pays into an issued virtual account: the payment becomes `paid` and the webhook is sent. */
    async depositVbank(impUid: string, { depositor = "홍길동" } = {}): Promise<Payment> {
      const payment = state.payments.get(impUid);
      if (!payment || payment.pay_method !== "vbank" || payment.status !== "ready")
        throw new Error(`depositVbank: ${impUid} is not a virtual account awaiting its deposit.`);
      settle(payment, "paid");
      (payment.deposit_history ??= []).push({
        pg_tid: payment.pg_tid ?? impUid,
        amount: payment.amount,
        depositor_name: depositor,
        deposited_at: seconds(),
      });
      await notify(payment);
      return payment;
    },
    /** Runs every scheduled charge due at `now` (ms, default now), with webhooks; returns the payments made. */
    runSchedules: (now?: number) => schedules.run(now),
    /** Every webhook sent, in order, with the merchant endpoint's answer. */
    webhooks: webhooks.sent,
    /** The console's `confirm_url` (the `confirmUrl` option), if any. */
    confirmUrl: options.confirmUrl,
    /**
     * i'mport's confirm process for a window simulated elsewhere (the fake `IMP`): POSTs the body to `url`
     * (default `confirmUrl`) within `confirmTimeoutMs`; approves without asking when there is no URL.
     */
    confirm: (
      body: { imp_uid: string; merchant_uid: string; amount: number },
      url = options.confirmUrl,
    ): ReturnType<typeof confirm> =>
      url
        ? confirm(url, body, doFetch, options.confirmTimeoutMs ?? 10_000)
        : Promise.resolve({ approved: true as const }),

    /** Records a payment as i'mport would hold it (no window, no webhook). */
    addPayment: (payment: Partial<Payment> & { merchant_uid: string; amount: number; tier?: string }): Payment =>
      newPayment(state, payment),
    addCertification: (
      certification: Partial<Certification> & { merchant_uid?: string | null; tier?: string },
    ): Certification => newCertification(state, certification),
    addBillingKey: (billingKey: Partial<BillingKey> & { customer_uid: string; tier?: string }): BillingKey =>
      newBillingKey(state, billingKey),
    payments: state.payments,
    certifications: state.certifications,
    billingKeys: state.billingKeys,
    schedules: state.schedules,
    /** Every request received (token requests without their body), for assertions. */
    requests,
    /** Makes every token issued so far expire now, as 30 minutes passing would. */
    expireTokens: tokens.expire,
    /** Revokes every token issued so far: requests with them are refused with a 401 that says so. */
    revokeTokens: tokens.revoke,
    /** Answers 503 to everything while true. */
    setDown: (value: boolean) => void (down = value),
    /** Delays every answer. */
    setLatency: (ms: number) => void (latencyMs = ms),
  };
  return api;
}

export type FakeIamportApi = ReturnType<typeof createFakeIamportApi>;

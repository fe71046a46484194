import type { BillingKey, Certification, Payment } from "../server/types";
import { nextImpUid } from "./ledger";

export interface FakeIamportApiOptions {
  apiKey?: string;
  apiSecret?: string;
  /** Token lifetime in seconds; default 1800 (i'mport's 30 minutes). */
  tokenTtlSeconds?: number;
  /** Tier codes the agency account may act for. */
  tiers?: string[];
}

type Stored<T> = T & { tier?: string };
type Route = (
  match: RegExpExecArray,
  body: Record<string, unknown>,
  tier: string | undefined,
) => Response | Promise<Response>;

const envelope = (response: unknown, code = 0, message: string | null = null, status = 200) =>
  new Response(JSON.stringify({ code, message, response }), {
    status,
    headers: { "content-type": "application/json" },
  });
const missing = (what: string) => envelope(null, -1, `존재하지 않는 ${what}입니다.`, 404);

/**
 * An in-memory stand-in for i'mport's V1 REST API (the endpoints the server entry uses): tokens that
 * expire, 401s, sub-merchant tiers, cancellations with checksum, virtual accounts, billing keys. Use
 * `fetch` as the client's `fetch`, `handle` in a route, or `listen()` for a real server on 127.0.0.1.
 */
export function createFakeIamportApi(options: FakeIamportApiOptions = {}) {
  const apiKey = options.apiKey ?? "test_api_key";
  const apiSecret = options.apiSecret ?? "test_api_secret";
  const payments = new Map<string, Stored<Payment>>();
  const certifications = new Map<string, Stored<Certification>>();
  const billingKeys = new Map<string, Stored<BillingKey>>();
  const tokens = new Map<string, number>();
  const requests: { method: string; path: string; tier?: string; body?: unknown }[] = [];
  let down = false;
  let latencyMs = 0;

  const visible = <T>(record: Stored<T> | undefined, tier: string | undefined) =>
    record && record.tier === tier ? record : undefined;

  const routes: [string, RegExp, Route][] = [
    [
      "GET",
      /^\/payments\/find\/([^/]+)$/,
      ([, uid], _b, tier) => {
        const found = [...payments.values()]
          .filter((p) => p.merchant_uid === decodeURIComponent(uid) && p.tier === tier)
          .at(-1);
        return found ? envelope(found) : missing("결제정보");
      },
    ],
    [
      "GET",
      /^\/payments\/([^/]+)$/,
      ([, uid], _b, tier) => {
        const found = visible(payments.get(decodeURIComponent(uid)), tier);
        return found ? envelope(found) : missing("결제정보");
      },
    ],
    [
      "POST",
      /^\/payments\/cancel$/,
      (_m, body, tier) => {
        const payment =
          visible(payments.get(String(body.imp_uid)), tier) ??
          [...payments.values()].find((p) => p.merchant_uid === body.merchant_uid && p.tier === tier);
        if (!payment) return missing("결제정보");
        const refundable = payment.amount - payment.cancel_amount;
        if (payment.status === "cancelled" || refundable <= 0) return envelope(null, 1, "이미 전액취소된 주문입니다.");
        if (body.checksum !== undefined && Number(body.checksum) !== refundable)
          return envelope(null, 1, `[checksum] 취소가능잔액(${refundable})이 일치하지 않습니다.`);
        const amount = body.amount ? Number(body.amount) : refundable;
        payment.cancel_amount += amount;
        if (payment.cancel_amount >= payment.amount) payment.status = "cancelled";
        payment.cancel_reason = String(body.reason ?? "");
        payment.cancelled_at = Math.floor(Date.now() / 1000);
        return envelope(payment);
      },
    ],
    ["POST", /^\/payments\/prepare$/, (_m, body) => envelope({ merchant_uid: body.merchant_uid, amount: body.amount })],
    [
      "GET",
      /^\/certifications\/([^/]+)$/,
      ([, uid], _b, tier) => {
        const found = visible(certifications.get(decodeURIComponent(uid)), tier);
        return found ? envelope(found) : missing("인증결과");
      },
    ],
    [
      "GET",
      /^\/subscribe\/customers\/([^/]+)$/,
      ([, uid], _b, tier) => {
        const found = visible(billingKeys.get(decodeURIComponent(uid)), tier);
        return found
          ? envelope(found)
          : envelope(null, 1, "요청하신 customer_uid로 등록된 정보를 찾을 수 없습니다.", 404);
      },
    ],
    [
      "POST",
      /^\/subscribe\/payments\/again$/,
      (_m, body, tier) => {
        const key = visible(billingKeys.get(String(body.customer_uid)), tier);
        if (!key) return envelope(null, 1, "등록되지 않은 구매자입니다.");
        const declined = Number(body.amount) > 1_000_000;
        return envelope(
          api.addPayment({
            merchant_uid: String(body.merchant_uid),
            amount: Number(body.amount),
            name: String(body.name),
            status: declined ? "failed" : "paid",
            customer_uid: key.customer_uid,
            customer_uid_usage: "payment",
            fail_reason: declined ? "한도초과" : null,
            tier,
          }),
        );
      },
    ],
  ];

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/+/, "/");
    const tier = request.headers.get("tier") ?? undefined;
    const text = request.method === "POST" ? await request.text() : "";
    const body = (
      text
        ? /json/.test(request.headers.get("content-type") ?? "")
          ? JSON.parse(text)
          : Object.fromEntries(new URLSearchParams(text))
        : {}
    ) as Record<string, unknown>;
    requests.push({ method: request.method, path, tier, body: path === "/users/getToken" ? undefined : body });
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (down) return new Response("Service Unavailable", { status: 503 });
    if (path === "/users/getToken" && request.method === "POST") {
      if (body.imp_key !== apiKey || body.imp_secret !== apiSecret)
        return envelope(null, -1, "imp_key, imp_secret 파라메터가 누락되었거나 올바르지 않습니다.", 401);
      const now = Math.floor(Date.now() / 1000);
      const accessToken = `fake_${crypto.randomUUID().replaceAll("-", "")}`;
      tokens.set(accessToken, now + (options.tokenTtlSeconds ?? 1800));
      return envelope({ access_token: accessToken, now, expired_at: tokens.get(accessToken) });
    }
    const bearer = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
    if (!tokens.has(bearer) || (tokens.get(bearer) as number) * 1000 <= Date.now())
      return envelope(null, -1, "Unauthorized", 401);
    if (tier !== undefined && !(options.tiers ?? []).includes(tier))
      return envelope(null, -1, `하위가맹점(${tier}) 권한이 없습니다.`, 401);
    for (const [method, pattern, route] of routes) {
      const match = pattern.exec(path);
      if (match && method === request.method) return route(match, body, tier);
    }
    return envelope(null, -1, `No such endpoint: ${request.method} ${path}`, 404);
  }

  const api = {
    handle,
    /** A `fetch` to give `createIamportClient({ fetch })`: requests never leave the process. */
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init))) as typeof fetch,
    /** Serves the fake API over real HTTP on 127.0.0.1 (Node only). */
    async listen(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
      const [{ createServer }, { toNodeListener }] = await Promise.all([import("node:http"), import("../server/http")]);
      const server = createServer(toNodeListener(handle) as never);
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
      const address = server.address() as { port: number };
      return {
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
      };
    },
    /** Records a payment as i'mport would hold it. */
    addPayment(payment: Partial<Payment> & { merchant_uid: string; amount: number; tier?: string }): Payment {
      const record: Stored<Payment> = {
        imp_uid: nextImpUid(),
        cancel_amount: 0,
        currency: "KRW",
        status: "paid",
        pay_method: "card",
        pg_provider: "html5_inicis",
        paid_at: Math.floor(Date.now() / 1000),
        ...payment,
      };
      if (record.status === "ready" && record.pay_method === "vbank") {
        record.vbank_name ??= "국민은행";
        record.vbank_num ??= "T1234-5678-9012";
        record.vbank_code ??= "004";
        record.vbank_holder ??= "(주)아임포트테스트";
        record.vbank_date ??= Math.floor(Date.now() / 1000) + 3 * 86400;
        record.paid_at = 0;
      }
      if (record.status === "paid") record.receipt_url ??= `https://iamport.example/receipts/${record.imp_uid}`;
      payments.set(record.imp_uid, record);
      return record;
    },
    addCertification(certification: Partial<Certification> & { merchant_uid: string; tier?: string }): Certification {
      const record: Stored<Certification> = {
        imp_uid: nextImpUid(),
        pg_provider: "danal",
        certified: true,
        foreigner: false,
        name: "홍길동",
        birthday: "1990-01-01",
        gender: "male",
        unique_key: "CI-fake",
        unique_in_site: "DI-fake",
        ...certification,
      };
      certifications.set(record.imp_uid, record);
      return record;
    },
    addBillingKey(billingKey: Partial<BillingKey> & { customer_uid: string; tier?: string }): BillingKey {
      const record: Stored<BillingKey> = {
        pg_provider: "tosspayments",
        card_name: "신한카드",
        card_number: "4092-****-****-1234",
        card_type: 0,
        ...billingKey,
      };
      billingKeys.set(record.customer_uid, record);
      return record;
    },
    payments,
    /** Every request received (token requests without their body), for assertions. */
    requests,
    /** Makes every token issued so far expire now, as 30 minutes passing would. */
    expireTokens: () => tokens.forEach((_, token) => tokens.set(token, 0)),
    /** Answers 503 to everything while true. */
    setDown: (value: boolean) => void (down = value),
    /** Delays every answer. */
    setLatency: (ms: number) => void (latencyMs = ms),
  };
  return api;
}

export type FakeIamportApi = ReturnType<typeof createFakeIamportApi>;

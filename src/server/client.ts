import { IamportApiError } from "./errors";
import type { BillingKey, CancelPaymentRequest, Certification, Payment, PayWithBillingKeyRequest } from "./types";

export interface IamportClientOptions {
  /** REST API key (console: 결제 연동 › 식별코드・API Keys › V1 API); default `IAMPORT_API_KEY`. */
  apiKey?: string;
  /** REST API secret, server only: never ship it to a browser; default `IAMPORT_API_SECRET`. */
  apiSecret?: string;
  /** Sub-merchant tier code, sent as the `Tier` header on every call; default `IAMPORT_TIER_CODE`. */
  tierCode?: string;
  /** Default `https://api.iamport.kr`. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Per-request timeout; default 10 000 ms. */
  timeoutMs?: number;
  /** Retries of GET requests after a network error, timeout or 5xx; default 2. POSTs are never retried. */
  retries?: number;
}

type Envelope<T> = { code: number; message: string | null; response: T };

/** Refresh this long before `expired_at`, so no request goes out with a token about to lapse. */
const TOKEN_MARGIN_MS = 60_000;

const ENV = { apiKey: "IAMPORT_API_KEY", apiSecret: "IAMPORT_API_SECRET", tierCode: "IAMPORT_TIER_CODE" } as const;

/** An option, or its environment variable: read when a request is made, so builds need no secrets. */
function setting(options: IamportClientOptions, key: keyof typeof ENV): string | undefined {
  const env = typeof process === "undefined" ? undefined : process.env?.[ENV[key]];
  return options[key] ?? (env || undefined);
}

/**
 * A typed client for the i'mport V1 REST API, with a cached access token. Creating one never throws for
 * missing credentials (route modules are evaluated at build time, without secrets); its first request does.
 */
export function createIamportClient(options: IamportClientOptions = {}) {
  const credentials = () => {
    const apiKey = setting(options, "apiKey");
    const apiSecret = setting(options, "apiSecret");
    for (const [key, value] of [
      ["apiKey", apiKey],
      ["apiSecret", apiSecret],
    ] as const) {
      if (!value) {
        throw new IamportApiError(
          "auth",
          `createIamportClient: \`${key}\` is missing. Pass it, or set ${ENV[key]} in the server's environment ` +
            "(copy it from i'mport's console, V1 API keys).",
        );
      }
    }
    return { imp_key: apiKey, imp_secret: apiSecret };
  };
  const baseUrl = (options.baseUrl ?? "https://api.iamport.kr").replace(/\/$/, "");
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  let token: { value: string; expiresAt: number } | null = null;
  let refreshing: Promise<string> | null = null;

  async function send<T>(method: "GET" | "POST", path: string, body: unknown, auth: string | null): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (auth) headers.authorization = `Bearer ${auth}`;
    const tierCode = setting(options, "tierCode");
    if (tierCode) headers.tier = tierCode;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      const timedOut = cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
      throw new IamportApiError(
        timedOut ? "timeout" : "network",
        `i'mport ${method} ${path} ${timedOut ? `timed out after ${timeoutMs} ms` : `failed: ${cause instanceof Error ? cause.message : String(cause)}`}.`,
      );
    }
    const envelope = (await response.json().catch(() => null)) as Envelope<T> | null;
    if (response.status === 401)
      throw new IamportApiError(
        "auth",
        `i'mport refused the credentials for ${method} ${path}: ${envelope?.message ?? "HTTP 401"}.`,
        401,
        envelope?.code,
        envelope?.message ?? undefined,
      );
    if (!response.ok)
      throw new IamportApiError(
        "http",
        `i'mport ${method} ${path} answered HTTP ${response.status}${envelope?.message ? `: ${envelope.message}` : ""}.`,
        response.status,
        envelope?.code,
        envelope?.message ?? undefined,
      );
    if (!envelope || typeof envelope.code !== "number")
      throw new IamportApiError(
        "http",
        `i'mport ${method} ${path} answered without its JSON envelope.`,
        response.status,
      );
    if (envelope.code !== 0)
      throw new IamportApiError(
        "api",
        `i'mport ${method} ${path} failed: ${envelope.message ?? `code ${envelope.code}`}.`,
        response.status,
        envelope.code,
        envelope.message ?? undefined,
      );
    return envelope.response;
  }

  function accessToken(): Promise<string> {
    if (token && Date.now() < token.expiresAt - TOKEN_MARGIN_MS) return Promise.resolve(token.value);
    refreshing ??= send<{ access_token: string; expired_at: number; now: number }>(
      "POST",
      "/users/getToken",
      credentials(),
      null,
    )
      .then(({ access_token, expired_at, now }) => {
        // Trust i'mport's clock for the lifetime, ours for when it started.
        token = { value: access_token, expiresAt: Date.now() + (expired_at - now) * 1000 };
        return access_token;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const current = await accessToken();
      try {
        return await send<T>(method, path, body, current);
      } catch (error) {
        if (!(error instanceof IamportApiError)) throw error;
        // A 401 means the token lapsed early: refresh once and repeat (safe for POSTs too: nothing happened).
        if (error.kind === "auth" && attempt === 0) {
          if (token?.value === current) token = null;
          continue;
        }
        if (method === "GET" && error.transient && attempt < retries) {
          await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
          continue;
        }
        throw error;
      }
    }
  }

  const id = (value: string, name: string) => {
    if (typeof value !== "string" || !value) throw new TypeError(`\`${name}\` is required.`);
    return encodeURIComponent(value);
  };

  return {
    /** `GET /payments/{imp_uid}`; `includeSandbox` also finds payments made through test channels. */
    getPayment: (impUid: string, { includeSandbox = false } = {}) =>
      call<Payment>("GET", `/payments/${id(impUid, "imp_uid")}${includeSandbox ? "?include_sandbox=true" : ""}`),
    /** `GET /payments/find/{merchant_uid}`: the newest payment of an order. */
    findPaymentByMerchantUid: (merchantUid: string) =>
      call<Payment>("GET", `/payments/find/${id(merchantUid, "merchant_uid")}`),
    /** `POST /payments/cancel`; pass `checksum` (the refundable balance) so a repeated cancel cannot refund twice. */
    cancelPayment: (request: CancelPaymentRequest) => call<Payment>("POST", "/payments/cancel", request),
    /** `GET /certifications/{imp_uid}`. */
    getCertification: (impUid: string) => call<Certification>("GET", `/certifications/${id(impUid, "imp_uid")}`),
    /** `GET /subscribe/customers/{customer_uid}`: the card behind a billing key (never the key itself). */
    getBillingKey: (customerUid: string) =>
      call<BillingKey>("GET", `/subscribe/customers/${id(customerUid, "customer_uid")}`),
    /** `POST /subscribe/payments/again`: charges a billing key. Check the returned `status` (`paid` or `failed` with `fail_reason`): `code: 0` only means i'mport processed the call. */
    payWithBillingKey: (request: PayWithBillingKeyRequest) =>
      call<Payment>("POST", "/subscribe/payments/again", request),
    /** `POST /payments/prepare`: registers the amount of an order; i'mport refuses to open a window for another amount. */
    preparePayment: (request: { merchant_uid: string; amount: number }) =>
      call<{ merchant_uid: string; amount: number }>("POST", "/payments/prepare", request),
  };
}

export type IamportClient = ReturnType<typeof createIamportClient>;

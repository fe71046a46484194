import { IamportApiError } from "./errors";
import type { paths } from "./generated/iamport";
import { createTransport, fillPath, type Method, type PathOf, type RequestOptions, type Result } from "./request";
import type {
  BillingKey,
  CancelPaymentRequest,
  Certification,
  EscrowDelivery,
  EscrowDeliveryRequest,
  IssueBillingKeyRequest,
  IssueReceiptRequest,
  IssueVbankRequest,
  OnetimePaymentRequest,
  Payment,
  PaymentBalance,
  PaymentList,
  PayWithBillingKeyRequest,
  PreparedPayment,
  Receipt,
  Schedule,
  SchedulePaymentsRequest,
  UnschedulePaymentsRequest,
} from "./types";

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
  /** Retries of GET requests after a network error, timeout or 5xx; default 2. Other methods are never retried. */
  retries?: number;
}

/** Every ergonomic method takes these last: `signal` aborts the call (an `IamportApiError` of kind `timeout`). */
export interface CallOptions {
  signal?: AbortSignal;
}

export const PAYMENT_STATUSES = ["ready", "paid", "cancelled", "failed"] as const;
export const PAYMENT_SORTINGS = ["-started", "started", "-paid", "paid", "-updated", "updated"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export type PaymentSorting = (typeof PAYMENT_SORTINGS)[number];

const ENV = { apiKey: "IAMPORT_API_KEY", apiSecret: "IAMPORT_API_SECRET", tierCode: "IAMPORT_TIER_CODE" } as const;

/** An option, or its environment variable: read when a request is made, so builds need no secrets. */
function setting(options: IamportClientOptions, key: keyof typeof ENV): string | undefined {
  const env = typeof process === "undefined" ? undefined : process.env?.[ENV[key]];
  return options[key] ?? (env || undefined);
}

const oneOf = <T extends string>(values: readonly T[], value: T | undefined, name: string, method: string) => {
  if (value !== undefined && !values.includes(value))
    throw new TypeError(
      `\`${method}\`: \`${name}\` must be one of ${values.join(", ")} (got ${JSON.stringify(value)}).`,
    );
  return value;
};
/** i'mport's `404` to a look-up of several ids means none of them is known: an empty list, not a failure. */
const noneFound = (error: unknown): never[] => {
  if (error instanceof IamportApiError && error.status === 404) return [];
  throw error;
};
/** Runs `fn` inside a promise, so a bad argument rejects like every other failure instead of throwing. */
const later = <T>(fn: () => Promise<T>) => Promise.resolve().then(fn);
const ids = (values: readonly string[], name: string, method: string) => {
  if (!Array.isArray(values) || !values.length || values.some((v) => typeof v !== "string" || !v))
    throw new TypeError(`\`${method}\`: \`${name}\` must be a non-empty array of non-empty strings.`);
  return values;
};

/**
 * A typed client for the i'mport V1 REST API, with a cached access token. `request()` reaches every operation
 * of the vendor's spec; the named methods cover what merchants do most. Creating one never throws for missing
 * credentials (route modules are evaluated at build time, without secrets); its first request does.
 */
export function createIamportClient(options: IamportClientOptions = {}) {
  const transport = createTransport({
    baseUrl: (options.baseUrl ?? "https://api.iamport.kr").replace(/\/$/, ""),
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    tierCode: () => setting(options, "tierCode"),
    credentials: () => {
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
      return { imp_key: apiKey as string, imp_secret: apiSecret as string };
    },
  });

  /**
   * Any operation of i'mport's V1 spec, typed from it: `request("GET", "/payments/{imp_uid}", { params: {
   * imp_uid }, query: { include_sandbox: true } })` resolves to the envelope's `response`.
   */
  function request<M extends Method, P extends PathOf<M> & keyof paths>(
    method: M,
    path: P,
    ...[call]: RequestOptions<P, M> extends { params: unknown } | { body: unknown }
      ? [RequestOptions<P, M>]
      : [RequestOptions<P, M>?]
  ): Promise<Result<P, M>> {
    const { params, query, body, signal } = (call ?? {}) as {
      params?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: unknown;
      signal?: AbortSignal;
    };
    let filled: string;
    try {
      filled = fillPath(path, params);
    } catch (error) {
      return Promise.reject(error);
    }
    return transport.call<Result<P, M>>(method, filled, { query, body, signal });
  }

  const get = <T>(path: string, params: Record<string, unknown>, call: CallOptions & { query?: object } = {}) =>
    Promise.resolve()
      .then(() => fillPath(path, params))
      .then((filled) =>
        transport.call<T>("GET", filled, { query: call.query as Record<string, unknown>, signal: call.signal }),
      );
  const send = <T>(
    method: Method,
    path: string,
    params: Record<string, unknown>,
    body: unknown,
    call: CallOptions = {},
  ) =>
    Promise.resolve()
      .then(() => fillPath(path, params))
      .then((filled) => transport.call<T>(method, filled, { body, signal: call.signal }));

  return {
    request,

    // Payments
    /**
     * `GET /payments/{imp_uid}`; `includeSandbox` also finds payments made through test channels (excluded by
     * default).
     */
    getPayment: (impUid: string, { includeSandbox = false, signal }: CallOptions & { includeSandbox?: boolean } = {}) =>
      get<Payment>(
        "/payments/{imp_uid}",
        { imp_uid: impUid },
        { signal, query: includeSandbox ? { include_sandbox: true } : {} },
      ),
    /**
     * `GET /payments?imp_uid[]=…`: several payments at once, the ones i'mport knows. Unknown ids are left out:
     * i'mport's `207` (some not found) resolves with the others, and its `404` (none found) resolves `[]`.
     */
    getPayments: (impUids: readonly string[], call: CallOptions = {}) =>
      later(() =>
        get<Payment[]>("/payments", {}, { ...call, query: { "imp_uid[]": ids(impUids, "impUids", "getPayments") } }),
      ).catch(noneFound),
    /**
     * `GET /payments/find/{merchant_uid}[/{payment_status}]`: the first payment of an order by `sorting` (default
     * `-started`, newest).
     */
    findPaymentByMerchantUid: (
      merchantUid: string,
      { status, sorting, signal }: CallOptions & { status?: PaymentStatus; sorting?: PaymentSorting } = {},
    ) =>
      later(() =>
        get<Payment>(
          status ? "/payments/find/{merchant_uid}/{payment_status}" : "/payments/find/{merchant_uid}",
          {
            merchant_uid: merchantUid,
            payment_status: oneOf(PAYMENT_STATUSES, status, "status", "findPaymentByMerchantUid"),
          },
          { signal, query: { sorting: oneOf(PAYMENT_SORTINGS, sorting, "sorting", "findPaymentByMerchantUid") } },
        ),
      ),
    /**
     * `POST /payments/cancel`: a full or partial (`amount`) refund. Pass `checksum` (the refundable balance you
     * believe remains) so a repeated cancel cannot refund twice.
     */
    cancelPayment: (request: CancelPaymentRequest, call: CallOptions = {}) =>
      send<Payment>("POST", "/payments/cancel", {}, request, call),
    /** `GET /payments/{imp_uid}/balance`: what is left of a payment after refunds, by means of payment. */
    getPaymentBalance: (impUid: string, call: CallOptions = {}) =>
      get<PaymentBalance>("/payments/{imp_uid}/balance", { imp_uid: impUid }, call),

    // Amount pre-registration
    /** `POST /payments/prepare`: registers the amount of an order; i'mport fails a payment of it for another amount. */
    preparePayment: (request: { merchant_uid: string; amount: number; currency?: string }, call: CallOptions = {}) =>
      send<PreparedPayment>("POST", "/payments/prepare", {}, request, call),
    /** `GET /payments/prepare/{merchant_uid}`. */
    getPreparedPayment: (merchantUid: string, call: CallOptions = {}) =>
      get<PreparedPayment>("/payments/prepare/{merchant_uid}", { merchant_uid: merchantUid }, call),
    /** `PUT /payments/prepare`: changes a registered amount (the cart changed). */
    updatePreparedPayment: (
      request: { merchant_uid: string; amount: number; currency?: string },
      call: CallOptions = {},
    ) => send<PreparedPayment>("PUT", "/payments/prepare", {}, request, call),

    // Billing keys
    /** `GET /subscribe/customers/{customer_uid}`: the card behind a billing key (never the key itself). */
    getBillingKey: (customerUid: string, call: CallOptions = {}) =>
      get<BillingKey>("/subscribe/customers/{customer_uid}", { customer_uid: customerUid }, call),
    /**
     * `GET /subscribe/customers?customer_uid[]=…`: the keys i'mport knows. Unknown ids are left out: i'mport's `207`
     * (some not found) resolves with the others, and its `404` (none found) resolves `[]`.
     */
    getBillingKeys: (customerUids: readonly string[], call: CallOptions = {}) =>
      later(() =>
        get<BillingKey[]>(
          "/subscribe/customers",
          {},
          {
            ...call,
            query: { "customer_uid[]": ids(customerUids, "customerUids", "getBillingKeys") },
          },
        ),
      ).catch(noneFound),
    /** `POST /subscribe/customers/{customer_uid}`: issues a key from card details (a PG contract is needed). */
    issueBillingKey: (customerUid: string, request: IssueBillingKeyRequest, call: CallOptions = {}) =>
      send<BillingKey>("POST", "/subscribe/customers/{customer_uid}", { customer_uid: customerUid }, request, call),
    /** `DELETE /subscribe/customers/{customer_uid}`: revoke its schedules first (`unschedulePayments`). */
    deleteBillingKey: (customerUid: string, { reason, signal }: CallOptions & { reason?: string } = {}) =>
      Promise.resolve()
        .then(() => fillPath("/subscribe/customers/{customer_uid}", { customer_uid: customerUid }))
        .then((path) => transport.call<BillingKey>("DELETE", path, { query: { reason }, signal })),

    // Charges without a payment window
    /**
     * `POST /subscribe/payments/again`: charges a billing key. Check the returned `status` (`paid`, or `failed` with
     * `fail_reason`): `code: 0` only means i'mport processed the call.
     */
    payWithBillingKey: (request: PayWithBillingKeyRequest, call: CallOptions = {}) =>
      send<Payment>("POST", "/subscribe/payments/again", {}, request, call),
    /** `POST /subscribe/payments/onetime`: a key-in charge (with `customer_uid`, the key is kept). Check `status`. */
    payOnetime: (request: OnetimePaymentRequest, call: CallOptions = {}) =>
      send<Payment>("POST", "/subscribe/payments/onetime", {}, request, call),
    /**
     * `POST /subscribe/payments/schedule`: charges a key later (`schedule_at` in UNIX seconds); results arrive by
     * webhook.
     */
    schedulePayments: (request: SchedulePaymentsRequest, call: CallOptions = {}) =>
      send<Schedule[]>("POST", "/subscribe/payments/schedule", {}, request, call),
    /** `POST /subscribe/payments/unschedule`; without `merchant_uid`, every schedule of the key is revoked. */
    unschedulePayments: (request: UnschedulePaymentsRequest, call: CallOptions = {}) =>
      send<Schedule[]>("POST", "/subscribe/payments/unschedule", {}, request, call),
    /** `GET /subscribe/payments/schedule/{merchant_uid}`. */
    getSchedule: (merchantUid: string, call: CallOptions = {}) =>
      get<Schedule>("/subscribe/payments/schedule/{merchant_uid}", { merchant_uid: merchantUid }, call),
    /**
     * `GET /subscribe/customers/{customer_uid}/schedules`: a key's schedules, newest first, with `from <=
     * schedule_at < to` (UNIX seconds; both required, as the spec says).
     */
    getSchedulesByCustomer: (
      customerUid: string,
      {
        from,
        to,
        status,
        page,
        signal,
      }: CallOptions & { from: number; to: number; status?: Schedule["schedule_status"]; page?: number },
    ) =>
      get<Schedule[]>(
        "/subscribe/customers/{customer_uid}/schedules",
        { customer_uid: customerUid },
        {
          signal,
          query: { from, to, page, "schedule-status": status },
        },
      ),
    /**
     * `GET /subscribe/payments/schedule`: the schedules with `from <= schedule_at < to` (UNIX seconds), newest first
     * (oldest with `sorting: "scheduled"`), `limit` a page (default 20, at most 1000).
     */
    getSchedules: ({
      from,
      to,
      status,
      page,
      limit,
      sorting,
      signal,
    }: CallOptions & {
      from: number;
      to: number;
      status?: Schedule["schedule_status"];
      page?: number;
      limit?: number;
      sorting?: "scheduled";
    }) =>
      get<Schedule[]>(
        "/subscribe/payments/schedule",
        {},
        {
          signal,
          query: { schedule_from: from, schedule_to: to, schedule_status: status, page, limit, sorting },
        },
      ),
    /** `GET /subscribe/customers/{customer_uid}/payments`: what a key was charged. */
    getBillingKeyPayments: (customerUid: string, { page, signal }: CallOptions & { page?: number } = {}) =>
      get<PaymentList>(
        "/subscribe/customers/{customer_uid}/payments",
        { customer_uid: customerUid },
        { signal, query: { page } },
      ),

    // Certifications
    /** `GET /certifications/{imp_uid}`. `unique_key` / `unique_in_site` identify a person: keep them on the server. */
    getCertification: (impUid: string, call: CallOptions = {}) =>
      get<Certification>("/certifications/{imp_uid}", { imp_uid: impUid }, call),
    /** `DELETE /certifications/{imp_uid}`: erases the record at i'mport. */
    deleteCertification: (impUid: string, call: CallOptions = {}) =>
      send<Certification>("DELETE", "/certifications/{imp_uid}", { imp_uid: impUid }, undefined, call),

    // Virtual accounts
    /**
     * `POST /vbanks`: issues a virtual account without a payment window (status `ready` until the deposit's webhook).
     */
    issueVbank: (request: IssueVbankRequest, call: CallOptions = {}) =>
      send<Payment>("POST", "/vbanks", {}, request, call),
    /** `PUT /vbanks/{imp_uid}`: changes the amount or due date of an account awaiting its deposit. */
    updateVbank: (impUid: string, request: { amount?: number; vbank_due?: number }, call: CallOptions = {}) =>
      send<Payment>("PUT", "/vbanks/{imp_uid}", { imp_uid: impUid }, request, call),
    /** `DELETE /vbanks/{imp_uid}`: revokes an account before anything is paid into it. */
    cancelVbank: (impUid: string, call: CallOptions = {}) =>
      send<Payment>("DELETE", "/vbanks/{imp_uid}", { imp_uid: impUid }, undefined, call),
    /** `GET /vbanks/holder`: the holder's name of a bank account (to check a refund account before refunding). */
    getVbankHolder: (bankCode: string, bankNum: string, call: CallOptions = {}) =>
      get<{ bank_holder: string }>(
        "/vbanks/holder",
        {},
        { ...call, query: { bank_code: bankCode, bank_num: bankNum } },
      ),

    // Cash receipts and escrow
    /** `POST /receipts/{imp_uid}`: a cash receipt for a paid payment (`identifier`: phone or business number). */
    issueReceipt: (impUid: string, request: IssueReceiptRequest, call: CallOptions = {}) =>
      send<Receipt>("POST", "/receipts/{imp_uid}", { imp_uid: impUid }, request, call),
    /** `GET /receipts/{imp_uid}`. */
    getReceipt: (impUid: string, call: CallOptions = {}) =>
      get<Receipt>("/receipts/{imp_uid}", { imp_uid: impUid }, call),
    /** `DELETE /receipts/{imp_uid}`. */
    cancelReceipt: (impUid: string, call: CallOptions = {}) =>
      send<Receipt>("DELETE", "/receipts/{imp_uid}", { imp_uid: impUid }, undefined, call),
    /** `POST /escrows/logis/{imp_uid}`: registers the delivery of an escrow payment (sender, receiver, logis). */
    registerEscrowDelivery: (impUid: string, request: EscrowDeliveryRequest, call: CallOptions = {}) =>
      send<EscrowDelivery>("POST", "/escrows/logis/{imp_uid}", { imp_uid: impUid }, request, call),
    /** `PUT /escrows/logis/{imp_uid}`. */
    updateEscrowDelivery: (impUid: string, request: EscrowDeliveryRequest, call: CallOptions = {}) =>
      send<EscrowDelivery>("PUT", "/escrows/logis/{imp_uid}", { imp_uid: impUid }, request, call),
    /** `GET /escrows/logis/{imp_uid}`. */
    getEscrowDelivery: (impUid: string, call: CallOptions = {}) =>
      get<EscrowDelivery>("/escrows/logis/{imp_uid}", { imp_uid: impUid }, call),
  };
}

export type IamportClient = ReturnType<typeof createIamportClient>;

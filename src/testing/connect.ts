import type { Payment } from "../server/types";
import type { FakeIamportApi } from "./fakeIamportApi";
import { installFakeIamport, type FakeIamport, type FakeIamportOptions } from "./fakeIamport";
import { settle } from "./fakeApi/state";
import type { FakeRecord, FakeRecordAnswer } from "./ledger";

export interface ConnectFakeIamportOptions {
  /** The fake REST API your server's `createIamportClient` talks to (`createFakeIamportApi()`). */
  api: FakeIamportApi;
  /** Where you mount `handle` (a route of your server); default `/api/iamport/fake`. */
  path?: string;
}

export interface FakeIamportConnection {
  /** Makes one simulated result known to the fake REST API, as i'mport's cloud would hold it (once per `imp_uid`). */
  register(record: FakeRecord): void;
  /**
   * A route handler (Web `Request` → `Response`): the fake script posts each simulated result here. An
   * approval first goes through i'mport's confirm process; a blocked one is answered `{ ok, status: "failed",
   * fail_reason }`, and the script ends the window with that error.
   */
  handle(request: Request): Promise<Response>;
  /**
   * `installFakeIamport` in the same JS realm as the fake API (tests, Storybook), connected: an approval is
   * first put to the request's `confirm_url` (else the API's `confirmUrl`), and a block ends the window with it.
   */
  install(options?: FakeIamportOptions): FakeIamport;
  /** The fake script's URL, connected: `scriptSrc("/fake-iamport.js", { outcome: "ready" })` → `sdk.src`. */
  scriptSrc(src: string, query?: Record<string, string>): string;
}

const TYPES = ["payment", "billing_key", "certification"] as const satisfies readonly FakeRecord["type"][];
const STATUSES = [
  "paid",
  "ready",
  "failed",
  "cancelled",
  "certified",
  "issued",
] as const satisfies readonly FakeRecord["status"][];

const DECLINED = "[F0004] 카드 한도가 초과되었습니다";

const fail = (message: string, status = 400) =>
  new Response(JSON.stringify({ error: message }), { status, headers: { "content-type": "application/json" } });

/** Names the first field of a posted record that is not what the fake SDK sends, or returns the record. */
function parseRecord(body: unknown): FakeRecord | string {
  if (!body || typeof body !== "object" || Array.isArray(body)) return "the body must be a JSON object (a FakeRecord)";
  const record = body as Record<string, unknown>;
  for (const key of ["imp_uid", "merchant_uid"] as const)
    if (typeof record[key] !== "string" || !record[key]) return `\`${key}\` must be a non-empty string`;
  if (!TYPES.includes(record.type as never)) return `\`type\` must be one of ${TYPES.join(", ")}`;
  if (!STATUSES.includes(record.status as never)) return `\`status\` must be one of ${STATUSES.join(", ")}`;
  if (typeof record.amount !== "number" || !Number.isFinite(record.amount) || record.amount < 0)
    return "`amount` must be a number ≥ 0";
  for (const key of ["confirm_url", "fail_reason"] as const)
    if (record[key] !== undefined && typeof record[key] !== "string") return `\`${key}\` must be a string when present`;
  if (record.type === "billing_key" && typeof record.customer_uid !== "string")
    return "`customer_uid` must be a string for a billing_key record";
  return record as unknown as FakeRecord;
}

/**
 * The glue between the fake `IMP` (module or `fake-iamport.js` script) and the fake REST API: whatever the
 * simulated window "paid", issued or certified becomes a payment, billing key or certification that
 * `createIamportClient` finds, so `createVerifyHandler` and `createWebhookHandler` verify it for real.
 *
 * - Same realm (a jsdom test): `connectFakeIamport({ api }).install({ outcome: "paid" })`.
 * - Browser ↔ server (a demo, a Next app): mount `handle` at `path` and load the script from
 *   `scriptSrc("/fake-iamport.js")`; the script posts each result there before calling back.
 *
 * Either way, as at i'mport, a payment or billing key about to be approved is first posted to the request's
 * `confirm_url` (else the fake API's `confirmUrl`); a block fails it with the endpoint's `reason`.
 */
export function connectFakeIamport(options: ConnectFakeIamportOptions): FakeIamportConnection {
  const { api } = options;
  if (!api || typeof api.addPayment !== "function")
    throw new TypeError("`connectFakeIamport`: `api` must be a fake REST API from `createFakeIamportApi()`.");
  const path = options.path ?? "/api/iamport/fake";
  const known = new Set<string>();

  const verdicts = new Map<string, Promise<FakeRecordAnswer>>();

  const paymentOf = (record: FakeRecord): Parameters<FakeIamportApi["addPayment"]>[0] => {
    if (record.type === "billing_key") {
      // i'mport holds the issue record (a payment with `customer_uid_usage: "issue"`) and, once issued, the key.
      const issued = record.status === "issued";
      return {
        imp_uid: record.imp_uid,
        merchant_uid: record.merchant_uid,
        amount: record.amount,
        status: issued ? "paid" : "failed",
        pay_method: record.pay_method ?? "card",
        customer_uid: record.customer_uid,
        customer_uid_usage: "issue",
        ...(record.pg_provider && { pg_provider: record.pg_provider }),
        ...(!issued && record.fail_reason && { fail_reason: record.fail_reason }),
      };
    }
    const status =
      record.status === "ready" || record.status === "failed" || record.status === "cancelled" ? record.status : "paid";
    return {
      imp_uid: record.imp_uid,
      merchant_uid: record.merchant_uid,
      amount: record.amount,
      status,
      name: record.name,
      pay_method: record.pay_method ?? (status === "ready" ? "vbank" : "card"),
      ...(record.pg_provider && { pg_provider: record.pg_provider }),
      ...(record.receipt_url && { receipt_url: record.receipt_url }),
      ...(status === "failed" && { fail_reason: record.fail_reason ?? DECLINED }),
      ...(record.vbank as Partial<Payment> | undefined),
    };
  };

  const addKey = (record: FakeRecord) => {
    if (record.type === "billing_key" && record.status === "issued" && record.customer_uid)
      api.addBillingKey({ customer_uid: record.customer_uid });
  };

  const register = (record: FakeRecord) => {
    if (known.has(`${record.type}:${record.imp_uid}`)) return;
    known.add(`${record.type}:${record.imp_uid}`);
    if (record.type === "certification") {
      api.addCertification({
        imp_uid: record.imp_uid,
        merchant_uid: record.merchant_uid,
        certified: record.status === "certified",
      });
      return;
    }
    api.addPayment(paymentOf(record));
    addKey(record);
  };

  /**
   * `register`, with i'mport's confirm process in front of an approval: the payment waits as `ready` while
   * `confirm_url` is asked, then is approved or failed with its reason. Asked once per record.
   */
  const settleRecord = (record: FakeRecord): Promise<FakeRecordAnswer> => {
    const key = `${record.type}:${record.imp_uid}`;
    const earlier = verdicts.get(key);
    if (earlier) return earlier;
    const url = record.confirm_url ?? api.confirmUrl;
    const approving = record.status === "paid" || record.status === "ready" || record.status === "issued";
    if (!url || record.type === "certification" || !approving || known.has(key)) {
      register(record);
      return Promise.resolve({});
    }
    known.add(key);
    const payment = api.addPayment({ ...paymentOf(record), status: "ready" });
    const verdict = api
      .confirm({ imp_uid: record.imp_uid, merchant_uid: record.merchant_uid, amount: record.amount }, url)
      .then((answer): FakeRecordAnswer => {
        if (!answer.approved) {
          settle(payment, "failed", answer.reason);
          return { status: "failed", fail_reason: answer.reason };
        }
        if (record.status !== "ready") settle(payment, "paid");
        addKey(record);
        return {};
      });
    verdicts.set(key, verdict);
    return verdict;
  };

  return {
    register,
    async handle(request) {
      if (request.method !== "POST") return fail(`\`${path}\` accepts POST with a JSON FakeRecord.`, 405);
      const body = await request.json().catch(() => undefined);
      const record = parseRecord(body);
      if (typeof record === "string") return fail(`\`connectFakeIamport\`: ${record}.`);
      const answer = await settleRecord(record);
      return new Response(JSON.stringify({ ok: true, ...answer }), { headers: { "content-type": "application/json" } });
    },
    install(installOptions = {}) {
      const onRecord = installOptions.onRecord;
      return installFakeIamport({
        ...installOptions,
        onRecord: async (record) => {
          const answer = await settleRecord(record);
          const theirs = await onRecord?.(answer.fail_reason ? { ...record, ...answer } : record);
          return answer.fail_reason ? answer : theirs;
        },
      });
    },
    scriptSrc(src, query = {}) {
      const url = new URL(src, "http://placeholder.invalid");
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      url.searchParams.set("api", path);
      return /^[a-z]+:/i.test(src) ? url.href : `${url.pathname}${url.search}`;
    },
  };
}

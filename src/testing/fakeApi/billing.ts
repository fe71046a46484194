import type { BillingKey, Payment } from "../../server/types";
import { list, num, str, type Fields } from "./body";
import { envelope, fail, refuse } from "./envelope";
import { page } from "./payments";
import { route, type Route } from "./router";
import { newBillingKey, newPayment, settle, sortPayments, visible, type FakeState, type Stored } from "./state";

export type Notify = (payment: Payment, noticeUrl?: string | null) => Promise<unknown>;

const UNKNOWN_KEY = "요청하신 customer_uid로 등록된 정보를 찾을 수 없습니다.";

/** `pg` as request_pay takes it (`tosspayments.MID` or `tosspayments`) → provider and MID. */
export function splitPg(pg: unknown, fallback: { provider: string; id: string }) {
  const [provider, id] = (str(pg) ?? "").split(".");
  return { provider: provider || fallback.provider, id: id || (provider ? `${provider}_test` : fallback.id) };
}

/** Refuses a `merchant_uid` that already has a paid (or refunded) payment, as i'mport does. */
export function reused(state: FakeState, merchantUid: string, tier: string | undefined): Response | null {
  const taken = [...state.payments.values()].some(
    (p) => p.tier === tier && p.merchant_uid === merchantUid && (p.status === "paid" || p.status === "cancelled"),
  );
  return taken
    ? refuse(`이미 결제가 완료된 merchant_uid(${merchantUid})입니다. 주문마다 새 merchant_uid를 쓰세요.`)
    : null;
}

/** Charges a billing key through the PG it was issued by (channel `api`); declined above the card limit. */
export function charge(
  state: FakeState,
  key: Stored<BillingKey>,
  fields: Fields & { merchant_uid: string; amount: number; name: string },
  usage: "payment" | "payment.scheduled",
): Payment {
  const payment = newPayment(state, {
    merchant_uid: fields.merchant_uid,
    amount: fields.amount,
    name: fields.name,
    currency: str(fields.currency) ?? "KRW",
    status: "ready",
    pay_method: "card",
    channel: "api",
    pg_provider: key.pg_provider,
    pg_id: key.pg_id,
    sandbox: key.sandbox,
    customer_uid: key.customer_uid,
    customer_uid_usage: usage,
    card_code: key.card_code,
    card_name: key.card_name,
    card_number: key.card_number,
    card_type: key.card_type,
    card_quota: num(fields.card_quota) ?? 0,
    buyer_name: str(fields.buyer_name) ?? key.customer_name ?? null,
    buyer_email: str(fields.buyer_email) ?? key.customer_email ?? null,
    buyer_tel: str(fields.buyer_tel) ?? key.customer_tel ?? null,
    custom_data: str(fields.custom_data) ?? null,
    tier: key.tier,
  });
  return fields.amount > state.cardLimit ? settle(payment, "failed", "한도초과") : settle(payment, "paid");
}

/** Billing keys (issue by card, look up, delete) and non-authenticated charges (`onetime`, `again`). */
export function billingKeyRoutes(state: FakeState, notify: Notify): Route[] {
  const required = (body: Fields, names: string[]) => {
    const missing = names.filter((name) => body[name] === undefined || body[name] === "");
    return missing.length ? refuse(`필수 파라미터가 누락되었습니다: ${missing.join(", ")}.`) : null;
  };
  const issue = (customerUid: string, body: Fields, tier: string | undefined) => {
    const { provider, id } = splitPg(body.pg, { provider: "tosspayments", id: "tosstest" });
    const digits = String(body.card_number).replace(/\D/g, "");
    return newBillingKey(state, {
      customer_uid: customerUid,
      pg_provider: provider,
      pg_id: id,
      card_number: `${digits.slice(0, 4)}-****-****-${digits.slice(-4)}`,
      customer_id: str(body.customer_id) ?? null,
      customer_name: str(body.customer_name) ?? null,
      customer_tel: str(body.customer_tel) ?? null,
      customer_email: str(body.customer_email) ?? null,
      customer_addr: str(body.customer_addr) ?? null,
      customer_postcode: str(body.customer_postcode) ?? null,
      tier,
    });
  };

  return [
    route("GET", "/subscribe/customers", ({ query, tier }) => {
      const uids = list(query.customer_uid);
      if (!uids.length) return fail(400, "customer_uid[]가 필요합니다.");
      // The spec: 207 when some customer_uid are unknown, 404 when none is.
      const found = uids.map((uid) => visible(state.billingKeys.get(uid), tier)).filter(Boolean);
      if (!found.length) return fail(404, UNKNOWN_KEY, 1);
      const missing = uids.filter((uid) => !visible(state.billingKeys.get(uid), tier));
      if (!missing.length) return envelope(found);
      return envelope(found, 0, `요청된 customer_uid 중 일부를 찾지 못하였습니다: ${missing.join(", ")}.`, 207);
    }),
    route("GET", "/subscribe/customers/:customer_uid", ({ params: [uid], tier }) => {
      const key = visible(state.billingKeys.get(uid), tier);
      return key ? envelope(key) : fail(404, UNKNOWN_KEY, 1);
    }),
    route("POST", "/subscribe/customers/:customer_uid", ({ params: [uid], body, tier }) => {
      const missing = required(body, ["card_number", "expiry"]);
      if (missing) return missing;
      if (!str(body.pg) && !str(body.channel_key))
        return refuse("pg 또는 channel_key 중 하나가 필요합니다 (어느 PG로 빌링키를 발급할지).");
      return envelope(issue(uid, body, tier));
    }),
    route("DELETE", "/subscribe/customers/:customer_uid", ({ params: [uid], tier }) => {
      const key = visible(state.billingKeys.get(uid), tier);
      if (!key) return fail(404, UNKNOWN_KEY, 1);
      state.billingKeys.delete(uid);
      return envelope(key);
    }),
    route("GET", "/subscribe/customers/:customer_uid/payments", ({ params: [uid], query, tier }) => {
      if (!visible(state.billingKeys.get(uid), tier)) return fail(404, UNKNOWN_KEY, 1);
      const payments = [...state.payments.values()].filter((p) => p.tier === tier && p.customer_uid === uid);
      return envelope(page(sortPayments(payments), num(query.page)));
    }),
    route("POST", "/subscribe/payments/onetime", async ({ body, tier }) => {
      const missing = required(body, ["merchant_uid", "amount", "card_number", "expiry"]);
      if (missing) return missing;
      const taken = reused(state, String(body.merchant_uid), tier);
      if (taken) return taken;
      const uid = str(body.customer_uid) ?? `onetime_${crypto.randomUUID()}`;
      const key = issue(uid, body, tier);
      if (!str(body.customer_uid)) state.billingKeys.delete(uid);
      const payment = charge(
        state,
        key,
        { ...body, merchant_uid: String(body.merchant_uid), amount: num(body.amount) ?? 0, name: str(body.name) ?? "" },
        "payment",
      );
      if (!str(body.customer_uid)) payment.customer_uid = null;
      await notify(payment, str(body.notice_url));
      return envelope(payment);
    }),
    route("POST", "/subscribe/payments/again", async ({ body, tier }) => {
      const missing = required(body, ["customer_uid", "merchant_uid", "amount", "name"]);
      if (missing) return missing;
      const amount = num(body.amount);
      if (amount === undefined || amount <= 0)
        return refuse(`amount는 양수여야 합니다 (받은 값: ${String(body.amount)}).`);
      const key = visible(state.billingKeys.get(String(body.customer_uid)), tier);
      if (!key) return refuse("등록되지 않은 구매자입니다.");
      const taken = reused(state, String(body.merchant_uid), tier);
      if (taken) return taken;
      const payment = charge(
        state,
        key,
        { ...body, merchant_uid: String(body.merchant_uid), amount, name: String(body.name) },
        "payment",
      );
      await notify(payment, str(body.notice_url));
      return envelope(payment);
    }),
  ];
}

import type { Payment } from "../../server/types";
import { list, num, str, type Fields } from "./body";
import { charge, reused, type Notify } from "./billing";
import { envelope, fail, refuse, seconds } from "./envelope";
import { route, type Route } from "./router";
import { visible, type FakeState, type StoredSchedule } from "./state";

const STATUSES = ["scheduled", "executed", "revoked"] as const;

/**
 * Scheduled charges of a billing key: register (`schedule`), revoke (`unschedule`), look up by `merchant_uid`,
 * by customer or by time range; `run(now)` executes the due ones as i'mport's scheduler would, with webhooks.
 */
export function createSchedules(state: FakeState, notify: Notify) {
  const own = (tier: string | undefined) => [...state.schedules.values()].filter((s) => s.tier === tier);
  const inRange = (query: Fields, from: string, to: string, status: string) => {
    const start = num(query[from]) ?? 0;
    const end = num(query[to]) ?? Number.MAX_SAFE_INTEGER;
    const wanted = str(query[status]);
    // The spec: "from <= '예약시각'" and "'예약시각' < to".
    return (s: StoredSchedule) =>
      s.schedule_at >= start && s.schedule_at < end && (!wanted || s.schedule_status === wanted);
  };
  const missingRange = (query: Fields, from: string, to: string) =>
    query[from] === undefined || query[to] === undefined ? fail(400, `${from}, ${to}(UNIX 초)가 필요합니다.`) : null;
  const badStatus = (query: Fields, name: string) => {
    const wanted = str(query[name]);
    return wanted && !(STATUSES as readonly string[]).includes(wanted)
      ? fail(400, `${name}는 ${STATUSES.join(", ")} 중 하나여야 합니다 (받은 값: ${wanted}).`)
      : null;
  };

  const schedule: Route[2] = ({ body, tier }) => {
    const customerUid = str(body.customer_uid);
    if (!customerUid) return refuse("필수 파라미터가 누락되었습니다: customer_uid.");
    const key = visible(state.billingKeys.get(customerUid), tier);
    if (!key) return refuse("등록되지 않은 구매자입니다. 빌링키를 먼저 발급하거나 카드 정보를 함께 보내세요.");
    const items = Array.isArray(body.schedules) ? (body.schedules as Fields[]) : [];
    if (!items.length) return refuse("schedules는 한 건 이상이어야 합니다.");
    const now = seconds();
    for (const [index, item] of items.entries()) {
      const missing = ["merchant_uid", "schedule_at", "amount"].filter((name) => item?.[name] === undefined);
      if (missing.length) return refuse(`schedules[${index}]에 필수 항목이 없습니다: ${missing.join(", ")}.`);
      const merchantUid = String(item.merchant_uid);
      const at = num(item.schedule_at) ?? 0;
      if (at <= now) return refuse(`schedules[${index}].schedule_at(${at})은 현재 시각(${now}) 이후여야 합니다.`);
      const existing = state.schedules.get(merchantUid);
      if ((existing && existing.schedule_status !== "revoked") || reused(state, merchantUid, tier))
        return refuse(`이미 등록된 merchant_uid(${merchantUid})입니다.`);
    }
    const created = items.map((item): StoredSchedule => {
      const record: StoredSchedule = {
        customer_uid: customerUid,
        merchant_uid: String(item.merchant_uid),
        imp_uid: null,
        pg_provider: key.pg_provider,
        pg_id: key.pg_id,
        customer_id: key.customer_id ?? null,
        schedule_at: num(item.schedule_at) ?? 0,
        executed_at: 0,
        revoked_at: 0,
        amount: num(item.amount) ?? 0,
        currency: str(item.currency) ?? "KRW",
        name: str(item.name) ?? null,
        buyer_name: str(item.buyer_name) ?? null,
        buyer_email: str(item.buyer_email) ?? null,
        buyer_tel: str(item.buyer_tel) ?? null,
        buyer_addr: str(item.buyer_addr) ?? null,
        buyer_postcode: str(item.buyer_postcode) ?? null,
        custom_data: str(item.custom_data) ?? null,
        schedule_status: "scheduled",
        payment_status: null,
        fail_reason: null,
        promotion_id: null,
        tier,
        notice_url_of_schedule: str(item.notice_url),
      };
      state.schedules.set(String(item.merchant_uid), record);
      return record;
    });
    return envelope(created);
  };

  const unschedule: Route[2] = ({ body, tier }) => {
    const customerUid = str(body.customer_uid);
    if (!customerUid) return refuse("필수 파라미터가 누락되었습니다: customer_uid.");
    const merchantUids = list(body.merchant_uid);
    const revoked = own(tier).filter(
      (s) =>
        s.customer_uid === customerUid &&
        s.schedule_status === "scheduled" &&
        (!merchantUids.length || merchantUids.includes(s.merchant_uid ?? "")),
    );
    if (!revoked.length) return refuse("취소할 예약결제 기록이 존재하지 않습니다.");
    for (const s of revoked) Object.assign(s, { schedule_status: "revoked", revoked_at: seconds() });
    return envelope(revoked);
  };

  const routes: Route[] = [
    route("POST", "/subscribe/payments/schedule", schedule),
    route("POST", "/subscribe/payments/unschedule", unschedule),
    route("GET", "/subscribe/payments/schedule", ({ query, tier }) => {
      const refused = missingRange(query, "schedule_from", "schedule_to") ?? badStatus(query, "schedule_status");
      if (refused) return refused;
      // The spec: newest `schedule_at` first (oldest with `sorting=scheduled`), `limit` 20 by default, at most 1000.
      const oldest = str(query.sorting) === "scheduled";
      const found = own(tier)
        .filter(inRange(query, "schedule_from", "schedule_to", "schedule_status"))
        .sort((a, b) => (a.schedule_at - b.schedule_at) * (oldest ? 1 : -1));
      const pageNumber = Math.max(1, Math.floor(num(query.page) ?? 1));
      const limit = Math.min(1000, Math.max(1, Math.floor(num(query.limit) ?? 20)));
      return envelope(found.slice((pageNumber - 1) * limit, pageNumber * limit));
    }),
    route("GET", "/subscribe/payments/schedule/:merchant_uid", ({ params: [merchantUid], tier }) => {
      const found = visible(state.schedules.get(merchantUid), tier);
      return found ? envelope(found) : fail(404, `예약결제 정보가 존재하지 않습니다 (merchant_uid: ${merchantUid}).`);
    }),
    ...["/subscribe/customers/:customer_uid/schedules", "/subscribe/payments/schedule/customers/:customer_uid"].map(
      (path) =>
        route("GET", path, ({ params: [customerUid], query, tier }) => {
          const refused = missingRange(query, "from", "to");
          if (refused) return refused;
          const found = own(tier)
            .filter((s) => s.customer_uid === customerUid)
            .filter(inRange(query, "from", "to", "schedule-status"))
            .sort((a, b) => b.schedule_at - a.schedule_at);
          return badStatus(query, "schedule-status") ?? envelope(found);
        }),
    ),
  ];

  /** Executes every schedule due at `now` (ms), charging its key and sending the webhook; returns the payments. */
  async function run(now = Date.now()): Promise<Payment[]> {
    const due = [...state.schedules.values()].filter(
      (s) => s.schedule_status === "scheduled" && s.schedule_at * 1000 <= now,
    );
    const payments: Payment[] = [];
    for (const s of due) {
      const key = state.billingKeys.get(s.customer_uid ?? "");
      s.schedule_status = "executed";
      s.executed_at = seconds(now);
      if (!key || key.tier !== s.tier) {
        s.payment_status = "failed";
        s.fail_reason = "등록되지 않은 구매자입니다. (빌링키가 삭제되었습니다)";
        continue;
      }
      const payment = charge(
        state,
        key,
        { ...s, merchant_uid: s.merchant_uid ?? "", amount: s.amount ?? 0, name: s.name ?? "" },
        "payment.scheduled",
      );
      s.imp_uid = payment.imp_uid;
      s.payment_status = payment.status === "paid" ? "paid" : "failed";
      s.fail_reason = payment.fail_reason ?? null;
      payments.push(payment);
      await notify(payment, s.notice_url_of_schedule);
    }
    return payments;
  }

  return { routes, run };
}

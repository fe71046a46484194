import type { Payment } from "../../server/types";
import type { Notify } from "./billing";
import { list, num, str } from "./body";
import { envelope, fail, notFound, refuse, seconds } from "./envelope";
import { route, type Route } from "./router";
import { PAYMENT_STATUSES, SORTINGS, sortPayments, visible, type FakeState } from "./state";

const MISSING = "결제정보";

/** A payment's refundable balance. */
export const refundable = (payment: Payment) => payment.amount - payment.cancel_amount;

/** The page of payments i'mport answers for list endpoints (`PagedPaymentAnnotation`), 20 a page. */
export function page(payments: Payment[], pageNumber = 1, limit = 20) {
  const start = (pageNumber - 1) * limit;
  return {
    total: payments.length,
    previous: pageNumber > 1 ? pageNumber - 1 : 0,
    next: start + limit < payments.length ? pageNumber + 1 : 0,
    list: payments.slice(start, start + limit),
  };
}

/** `true` as JSON or a form field carries it. */
const yes = (value: unknown) => value === true || value === "true";

/** When a payment reached its status, the time `GET /payments/status/{payment_status}` filters on. */
const statusTime = (p: Payment) =>
  ({ ready: p.started_at, paid: p.paid_at, cancelled: p.cancelled_at, failed: p.failed_at })[p.status] ?? 0;

/**
 * Payments: look-ups by `imp_uid` (test-channel payments only with `include_sandbox=true`, as the spec says),
 * by `merchant_uid` with `payment_status` and `sorting`, several at once (`207` when some are unknown, `404`
 * when none is found), by status, the balance, and refunds (refused with `code != 0` on HTTP 200, as the spec
 * answers only 200 and 401; the `cancelled` webhook only with `enable_webhook: true`).
 */
export function paymentRoutes(state: FakeState, notify: Notify): Route[] {
  const own = (tier: string | undefined) => [...state.payments.values()].filter((p) => p.tier === tier);
  const byMerchant = (
    [merchantUid, status]: string[],
    query: Record<string, unknown>,
    tier: string | undefined,
  ): Payment[] | Response => {
    if (status !== undefined && !(PAYMENT_STATUSES as readonly string[]).includes(status))
      return fail(400, `payment_status는 ${PAYMENT_STATUSES.join(", ")} 중 하나여야 합니다 (받은 값: ${status}).`);
    const sorting = str(query.sorting) ?? "-started";
    if (!(SORTINGS as readonly string[]).includes(sorting))
      return fail(400, `sorting은 ${SORTINGS.join(", ")} 중 하나여야 합니다 (받은 값: ${sorting}).`);
    const found = own(tier).filter((p) => p.merchant_uid === merchantUid && (!status || p.status === status));
    return sortPayments(found, sorting);
  };

  const cancel: Route[2] = async ({ body, tier }) => {
    const impUid = str(body.imp_uid);
    const merchantUid = str(body.merchant_uid);
    if (!impUid && !merchantUid) return refuse("imp_uid 또는 merchant_uid 중 하나는 필수입니다.");
    const payment = impUid
      ? visible(state.payments.get(impUid), tier)
      : sortPayments(own(tier).filter((p) => p.merchant_uid === merchantUid && p.status !== "failed"))[0];
    if (!payment) return refuse(`존재하지 않는 ${MISSING}입니다.`);
    if (payment.status === "cancelled") return refuse("이미 전액취소된 주문입니다.");
    if (payment.status === "failed") return refuse("결제실패된 거래는 취소할 수 없습니다. (status: failed)");
    if (payment.status === "ready")
      return refuse(
        payment.pay_method === "vbank"
          ? "입금 전인 가상계좌는 취소할 수 없습니다. 발급 취소는 DELETE /vbanks/{imp_uid}로 요청하세요."
          : "결제가 완료되지 않은 거래는 취소할 수 없습니다. (status: ready)",
      );
    const balance = refundable(payment);
    // The spec: "null인 경우에는 검증 프로세스를 생략합니다" (an empty form field is null too).
    const checked = body.checksum !== undefined && body.checksum !== null && body.checksum !== "";
    if (checked && num(body.checksum) !== balance)
      return refuse(`[checksum] 취소가능잔액(${balance})이 일치하지 않습니다. (checksum: ${String(body.checksum)})`);
    const requested = num(body.amount);
    if (requested !== undefined && requested < 0) return refuse(`취소요청금액(${requested})은 0 이상이어야 합니다.`);
    const amount = requested || balance;
    if (amount > balance) return refuse(`취소요청금액(${amount})이 취소가능잔액(${balance})보다 큽니다.`);
    if (payment.pay_method === "vbank" && !(body.refund_holder && body.refund_bank && body.refund_account))
      return refuse("가상계좌 결제의 환불에는 refund_holder, refund_bank, refund_account가 필요합니다.");
    const now = seconds();
    const receipt = `https://iniweb.inicis.com/receipt/${payment.imp_uid}/cancel/${payment.cancel_history!.length + 1}`;
    payment.cancel_history!.push({
      pg_tid: payment.pg_tid ?? payment.imp_uid,
      amount,
      cancelled_at: now,
      reason: str(body.reason) ?? "취소요청",
      cancellation_id: `cancel_${payment.imp_uid.slice(4)}_${payment.cancel_history!.length + 1}`,
      receipt_url: receipt,
    });
    payment.cancel_receipt_urls!.push(receipt);
    payment.cancel_amount += amount;
    payment.cancel_reason = str(body.reason) ?? "취소요청";
    payment.cancelled_at = now;
    if (payment.cancel_amount >= payment.amount) payment.status = "cancelled";
    // API cancels only record the webhook unless asked; then it goes to the console's webhook URL.
    if (yes(body.enable_webhook)) await notify(payment);
    return envelope(payment);
  };

  return [
    route("GET", "/payments", ({ query, tier }) => {
      const impUids = list(query.imp_uid);
      const merchantUids = list(query.merchant_uid);
      if (!impUids.length && !merchantUids.length) return fail(400, "imp_uid[] 또는 merchant_uid[]가 필요합니다.");
      const found = own(tier).filter((p) => impUids.includes(p.imp_uid) || merchantUids.includes(p.merchant_uid));
      const missing = [
        ...impUids.filter((uid) => !found.some((p) => p.imp_uid === uid)),
        ...merchantUids.filter((uid) => !found.some((p) => p.merchant_uid === uid)),
      ];
      if (!found.length) return fail(404, "해당되는 결제건을 찾지 못하였습니다.");
      if (!missing.length) return envelope(found);
      return envelope(found, 0, `요청된 거래 중 일부를 찾지 못하였습니다: ${missing.join(", ")}.`, 207);
    }),
    route("GET", "/payments/status/:payment_status", ({ params: [status], query, tier }) => {
      if (status !== "all" && !(PAYMENT_STATUSES as readonly string[]).includes(status))
        return fail(
          400,
          `payment_status는 all, ${PAYMENT_STATUSES.join(", ")} 중 하나여야 합니다 (받은 값: ${status}).`,
        );
      const sorting = str(query.sorting) ?? "-started";
      if (!(SORTINGS as readonly string[]).includes(sorting))
        return fail(400, `sorting은 ${SORTINGS.join(", ")} 중 하나여야 합니다 (받은 값: ${sorting}).`);
      // The spec: `to` defaults to now, `from` to 90 days before `to`, both inclusive, on the status's own time.
      const to = num(query.to) ?? seconds();
      const from = num(query.from) ?? to - 90 * 86_400;
      const found = own(tier).filter(
        (p) => (status === "all" || p.status === status) && statusTime(p) >= from && statusTime(p) <= to,
      );
      const pageNumber = Math.max(1, Math.floor(num(query.page) ?? 1));
      const limit = Math.min(1000, Math.max(1, Math.floor(num(query.limit) ?? 20)));
      if (pageNumber > 1 && (pageNumber - 1) * limit >= found.length)
        return fail(400, `page(${pageNumber})가 데이터 범위(${found.length}건)를 넘어섰습니다.`);
      return envelope(page(sortPayments(found, sorting), pageNumber, limit));
    }),
    route("GET", "/payments/find/:merchant_uid", ({ params, query, tier }) => {
      const found = byMerchant(params, query, tier);
      return found instanceof Response ? found : found[0] ? envelope(found[0]) : notFound(MISSING);
    }),
    route("GET", "/payments/find/:merchant_uid/:payment_status", ({ params, query, tier }) => {
      const found = byMerchant(params, query, tier);
      return found instanceof Response ? found : found[0] ? envelope(found[0]) : notFound(MISSING);
    }),
    route("GET", "/payments/findAll/:merchant_uid", ({ params, query, tier }) => {
      const found = byMerchant(params, query, tier);
      return found instanceof Response ? found : envelope(page(found, num(query.page), num(query.limit)));
    }),
    route("GET", "/payments/findAll/:merchant_uid/:payment_status", ({ params, query, tier }) => {
      const found = byMerchant(params, query, tier);
      return found instanceof Response ? found : envelope(page(found, num(query.page), num(query.limit)));
    }),
    route("GET", "/payments/:imp_uid/balance", ({ params: [impUid], tier }) => {
      const payment = visible(state.payments.get(impUid), tier);
      if (!payment) return notFound(MISSING);
      const part = (total: number) => {
        const supply = Math.round(total / 1.1);
        return { tax_free: 0, supply, vat: total - supply, service: 0 };
      };
      const zero = part(0);
      const paid = payment.status === "paid" || payment.status === "cancelled" ? payment.amount : 0;
      const histories = [
        ...(paid ? [{ amount: paid, at: payment.paid_at ?? 0 }] : []),
        ...(payment.cancel_history ?? []).map((c) => ({ amount: -c.amount, at: c.cancelled_at })),
      ].map(({ amount, at }) => ({
        cash_receipt: zero,
        primary: part(amount),
        secondary: zero,
        discount: zero,
        created: at,
      }));
      return envelope({
        amount: paid - payment.cancel_amount,
        cash_receipt: zero,
        primary: part(paid - payment.cancel_amount),
        secondary: zero,
        discount: zero,
        histories,
      });
    }),
    route("GET", "/payments/:imp_uid", ({ params: [impUid], query, tier }) => {
      const payment = visible(state.payments.get(impUid), tier);
      // The spec: test-channel payments are left out unless include_sandbox=true (default false).
      if (!payment || (payment.sandbox && String(query.include_sandbox) !== "true")) return notFound(MISSING);
      return envelope(payment);
    }),
    route("POST", "/payments/cancel", cancel),
  ];
}

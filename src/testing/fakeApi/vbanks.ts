import { num, str } from "./body";
import type { Notify } from "./billing";
import { envelope, fail, notFound, refuse } from "./envelope";
import { route, type Route } from "./router";
import { newPayment, visible, type FakeState } from "./state";

/** Bank names by the standard bank code a virtual account is issued at (`vbank_code`). */
export const BANK_NAMES: Record<string, string> = {
  "003": "IBK기업은행",
  "004": "KB국민은행",
  "011": "NH농협은행",
  "020": "우리은행",
  "023": "SC제일은행",
  "031": "대구은행",
  "032": "부산은행",
  "071": "우체국",
  "081": "하나은행",
  "088": "신한은행",
  "089": "케이뱅크",
  "090": "카카오뱅크",
  "092": "토스뱅크",
};

/** Virtual accounts issued by API (no payment window): issue, change, revoke, and the holder look-up. */
export function vbankRoutes(state: FakeState, notify: Notify): Route[] {
  const waiting = (impUid: string, tier: string | undefined) => {
    const payment = visible(state.payments.get(impUid), tier);
    if (!payment) return notFound("결제정보");
    if (payment.pay_method !== "vbank" || payment.status !== "ready")
      return fail(
        400,
        `입금대기(ready) 중인 가상계좌가 아닙니다 (pay_method: ${payment.pay_method}, status: ${payment.status}).`,
      );
    return payment;
  };
  return [
    route("POST", "/vbanks", async ({ body, tier }) => {
      const missing = ["merchant_uid", "amount", "vbank_code", "vbank_due"].filter((name) => body[name] === undefined);
      if (missing.length) return refuse(`필수 파라미터가 누락되었습니다: ${missing.join(", ")}.`);
      const payment = newPayment(state, {
        merchant_uid: String(body.merchant_uid),
        amount: num(body.amount) ?? 0,
        name: str(body.name) ?? null,
        status: "ready",
        pay_method: "vbank",
        channel: "api",
        vbank_code: String(body.vbank_code),
        vbank_name: BANK_NAMES[String(body.vbank_code)] ?? String(body.vbank_code),
        vbank_date: num(body.vbank_due) ?? 0,
        vbank_holder: str(body.vbank_holder) ?? null,
        buyer_name: str(body.buyer_name) ?? null,
        buyer_email: str(body.buyer_email) ?? null,
        buyer_tel: str(body.buyer_tel) ?? null,
        custom_data: str(body.custom_data) ?? null,
        tier,
      });
      await notify(payment, str(body.notice_url));
      return envelope(payment);
    }),
    route("PUT", "/vbanks/:imp_uid", ({ params: [impUid], body, tier }) => {
      const payment = waiting(impUid, tier);
      if (payment instanceof Response) return payment;
      payment.amount = num(body.amount) ?? payment.amount;
      payment.vbank_date = num(body.vbank_due) ?? payment.vbank_date;
      return envelope(payment);
    }),
    route("DELETE", "/vbanks/:imp_uid", ({ params: [impUid], tier }) => {
      const payment = waiting(impUid, tier);
      if (payment instanceof Response) return payment;
      payment.status = "cancelled";
      payment.cancelled_at = Math.floor(Date.now() / 1000);
      payment.cancel_reason = "가상계좌 발급취소";
      return envelope(payment);
    }),
    route("GET", "/vbanks/holder", ({ query }) => {
      const code = str(query.bank_code);
      const number = str(query.bank_num)?.replace(/\D/g, "");
      if (!code || !number) return fail(400, "bank_code와 bank_num(숫자만)이 필요합니다.");
      // Account numbers ending in 0 do not exist in the fake bank, so a test can see the refusal.
      if (number.endsWith("0")) return fail(404, "조회되지 않는 계좌입니다.");
      return envelope({ bank_holder: "홍길동" });
    }),
  ];
}

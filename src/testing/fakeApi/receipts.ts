import { num, str } from "./body";
import { envelope, fail, notFound, seconds } from "./envelope";
import { route, type Route } from "./router";
import { visible, type FakeState } from "./state";

/** Cash receipts (현금영수증) of paid payments: issue once, look up, revoke. */
export function receiptRoutes(state: FakeState): Route[] {
  return [
    route("GET", "/receipts/:imp_uid", ({ params: [impUid], tier }) => {
      const receipt = visible(state.payments.get(impUid), tier) && state.receipts.get(impUid);
      return receipt ? envelope(receipt) : fail(404, "현금영수증 발행 내역이 없습니다.");
    }),
    route("POST", "/receipts/:imp_uid", ({ params: [impUid], body, tier }) => {
      const payment = visible(state.payments.get(impUid), tier);
      if (!payment) return notFound("결제정보");
      if (!str(body.identifier)) return fail(400, "identifier(휴대폰번호, 사업자번호 등)는 필수입니다.");
      if (payment.status !== "paid")
        return fail(400, `결제완료(paid)된 거래만 발행할 수 있습니다 (status: ${payment.status}).`);
      if (state.receipts.get(impUid)?.cancelled_at === 0) return fail(400, "이미 현금영수증이 발행된 거래입니다.");
      const amount = payment.amount - payment.cancel_amount;
      const receipt = {
        imp_uid: impUid,
        receipt_tid: `R${impUid.slice(4)}`,
        apply_num: impUid.slice(-9),
        type: str(body.type) ?? "person",
        amount,
        vat: num(body.vat) ?? Math.round(amount / 11),
        receipt_url: `https://iniweb.inicis.com/cashreceipt/${impUid}`,
        applied_at: seconds(),
        cancelled_at: 0,
      };
      state.receipts.set(impUid, receipt);
      payment.cash_receipt_issued = true;
      return envelope(receipt);
    }),
    route("DELETE", "/receipts/:imp_uid", ({ params: [impUid], tier }) => {
      const receipt = visible(state.payments.get(impUid), tier) && state.receipts.get(impUid);
      if (!receipt || receipt.cancelled_at) return fail(400, "포트원으로 발행된 현금영수증이 없습니다.");
      receipt.cancelled_at = seconds();
      state.payments.get(impUid)!.cash_receipt_issued = false;
      return envelope(receipt);
    }),
  ];
}

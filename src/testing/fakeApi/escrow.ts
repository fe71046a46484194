import { num, str, type Fields } from "./body";
import { envelope, fail, notFound, seconds } from "./envelope";
import { route, type Route } from "./router";
import { visible, type FakeState } from "./state";

/** Delivery details of escrow payments: register once, change, look up; other payments take none (`409`). */
export function escrowRoutes(state: FakeState): Route[] {
  const save = (impUid: string, body: Fields, tier: string | undefined, editing: boolean) => {
    const payment = visible(state.payments.get(impUid), tier);
    if (!payment) return notFound("결제정보");
    // The spec's 409: "해당거래건은 배송정보를 등록할 수 없는경우".
    if (!payment.escrow) return fail(409, "에스크로 결제가 아닌 거래에는 배송정보를 등록할 수 없습니다.");
    const existing = state.escrows.get(impUid);
    if (!editing && existing) return fail(409, "이미 배송정보 등록이 완료된 거래입니다. 수정은 PUT으로 요청하세요.");
    if (editing && !existing) return fail(409, "등록된 배송정보가 존재하지 않습니다.");
    const logis = (body.logis ?? {}) as Fields;
    const missing = ["company", "invoice", "sent_at"].filter((name) => logis[name] === undefined);
    if (!body.sender || !body.receiver || missing.length)
      return fail(
        400,
        `sender, receiver, logis(company, invoice, sent_at)가 필요합니다` +
          (missing.length ? ` (없음: logis.${missing.join(", logis.")}).` : "."),
      );
    const record = {
      company: String(logis.company),
      invoice: String(str(logis.invoice)),
      sent_at: num(logis.sent_at) ?? 0,
      applied_at: seconds(),
    };
    state.escrows.set(impUid, record);
    return envelope(record);
  };
  return [
    route("GET", "/escrows/logis/:imp_uid", ({ params: [impUid], tier }) => {
      if (!visible(state.payments.get(impUid), tier)) return notFound("결제정보");
      const record = state.escrows.get(impUid);
      return record ? envelope(record) : fail(409, "등록된 배송정보가 존재하지 않습니다.");
    }),
    route("POST", "/escrows/logis/:imp_uid", ({ params: [impUid], body, tier }) => save(impUid, body, tier, false)),
    route("PUT", "/escrows/logis/:imp_uid", ({ params: [impUid], body, tier }) => save(impUid, body, tier, true)),
  ];
}

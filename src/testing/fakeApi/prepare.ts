import { num, str } from "./body";
import { envelope, fail, refuse } from "./envelope";
import { route, type Route } from "./router";
import { visible, type FakeState } from "./state";

/**
 * Amount pre-registration (`/payments/prepare`): i'mport remembers the amount of a `merchant_uid` and fails a
 * later payment of that order for any other amount (the simulation's `pay()` checks it).
 */
export function prepareRoutes(state: FakeState): Route[] {
  const read = (body: Record<string, unknown>) => {
    const merchantUid = str(body.merchant_uid);
    const amount = num(body.amount);
    if (!merchantUid) return fail(400, "merchant_uid는 필수입니다.");
    if (amount === undefined || amount < 0) return fail(400, "amount는 0 이상의 숫자여야 합니다.");
    return { merchant_uid: merchantUid, amount, currency: str(body.currency) ?? "KRW" };
  };
  return [
    route("POST", "/payments/prepare", ({ body, tier }) => {
      const prepared = read(body);
      if (prepared instanceof Response) return prepared;
      if (state.prepared.has(prepared.merchant_uid))
        return refuse(
          `이미 사전등록된 merchant_uid(${prepared.merchant_uid})입니다. 금액을 바꾸려면 PUT을 사용하세요.`,
        );
      state.prepared.set(prepared.merchant_uid, { ...prepared, tier });
      return envelope(prepared);
    }),
    route("PUT", "/payments/prepare", ({ body, tier }) => {
      const prepared = read(body);
      if (prepared instanceof Response) return prepared;
      if (!visible(state.prepared.get(prepared.merchant_uid), tier))
        return fail(404, `사전등록된 결제정보가 없습니다 (merchant_uid: ${prepared.merchant_uid}).`);
      state.prepared.set(prepared.merchant_uid, { ...prepared, tier });
      return envelope(prepared);
    }),
    route("GET", "/payments/prepare/:merchant_uid", ({ params: [merchantUid], tier }) => {
      const prepared = visible(state.prepared.get(merchantUid), tier);
      if (!prepared) return fail(404, `사전등록된 결제정보가 없습니다 (merchant_uid: ${merchantUid}).`);
      return envelope(prepared);
    }),
  ];
}

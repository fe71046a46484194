import { PaymentButton } from "iamport-react";

const params = {
  merchant_uid: "bench-order",
  name: "Bench",
  amount: 1000,
  pay_method: "card",
  buyer_tel: "010-0000-0000",
};

/**
 * Click-to-window latency, side by side: the kit's PaymentButton, and a raw `window.IMP` integration of the
 * same request (what merchants write by hand today). `npm run bench` clicks both in Chromium.
 */
export function Bench() {
  return (
    <section>
      <h1>Bench</h1>
      <PaymentButton params={params}>kit</PaymentButton>
      <button
        type="button"
        onClick={() => {
          const imp = (
            window as unknown as { IMP: { init(code: string): void; request_pay(p: object, cb: () => void): void } }
          ).IMP;
          imp.request_pay({ ...params, m_redirect_url: `${location.origin}/pay/return` }, () => undefined);
        }}
      >
        raw
      </button>
    </section>
  );
}

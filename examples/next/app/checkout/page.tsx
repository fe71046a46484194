"use client";
// The checkout: the server creates the order (and its amount) first, so the button's params are ready
// when the buyer clicks and i'mport's window opens inside the click.
import { PaymentButton, PaymentResult, usePayment, type PaymentOutcome, type PaymentRequest } from "iamport-react";
import { useEffect, useState } from "react";
import { useRecoveredPayment } from "../providers";

interface Order {
  merchant_uid: string;
  name: string;
  amount: number;
}

export default function CheckoutPage() {
  const [order, setOrder] = useState<Order | null>(null);
  const [outcome, setOutcome] = useState<PaymentOutcome | null>(null);
  const transfer = usePayment();
  const recovered = useRecoveredPayment();

  useEffect(() => {
    let cancelled = false;
    void fetch("/api/orders", { method: "POST", body: JSON.stringify({ items: ["shirt", "socks"] }) })
      .then((response) => response.json() as Promise<Order>)
      .then((created) => !cancelled && setOrder(created));
    return () => void (cancelled = true);
  }, []);

  const params = (payMethod: PaymentRequest["pay_method"]) => (): PaymentRequest => ({
    merchant_uid: (order as Order).merchant_uid,
    name: (order as Order).name,
    amount: (order as Order).amount,
    pay_method: payMethod,
    // Mobile PGs leave the page and come back here with the result in the URL.
    m_redirect_url: `${location.origin}/checkout/return`,
    // i'mport's confirm process (enabled per PG by i'mport): asked just before money moves.
    confirm_url: `${location.origin}/api/iamport/confirm`,
  });

  if (!order) return <p aria-busy="true">Creating your order…</p>;
  return (
    <section>
      <h1>Checkout</h1>
      <p data-testid="order">
        {order.name}: ₩{order.amount.toLocaleString("ko-KR")} ({order.merchant_uid})
      </p>
      <PaymentButton params={params("card")} onOutcome={setOutcome}>
        Pay by card
      </PaymentButton>{" "}
      {/* A button of your own over the same hook. */}
      <button
        type="button"
        disabled={transfer.isPending}
        aria-busy={transfer.isPending}
        onClick={() => void transfer.requestPay(params("vbank")()).then(setOutcome)}
      >
        {transfer.isPending ? "Waiting for the bank…" : "Pay by bank transfer"}
      </button>
      <PaymentResult outcome={outcome ?? recovered} pending={transfer.isPending} phase={transfer.phase} />
    </section>
  );
}

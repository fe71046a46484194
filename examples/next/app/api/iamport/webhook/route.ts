// i'mport's webhook (set its URL in the console): a deposit into a virtual account, a cancellation from the
// console. The handler ignores the posted status and looks the payment up by imp_uid.
import { createWebhookHandler } from "iamport-react/server";
import { iamport, store } from "../../../../lib/iamport";
import { getOrder, settleOrder, type OrderStatus } from "../../../../lib/orders";

const SETTLED: readonly string[] = ["paid", "ready", "cancelled", "failed"] satisfies OrderStatus[];

export const POST = createWebhookHandler({
  client: iamport,
  store: store(),
  // As the verify route: a payment handed on at the order's own amount counts as fulfilled, never refunded.
  expectedAmount: (merchantUid) => getOrder(merchantUid)?.amount,
  onPayment: (payment) => {
    const order = getOrder(payment.merchant_uid);
    // Only a payment of the right amount moves the order to paid.
    if (!order || !SETTLED.includes(payment.status)) return;
    if (payment.status === "paid" && payment.amount !== order.amount) return;
    settleOrder(order.merchant_uid, payment.status as OrderStatus, payment.imp_uid);
  },
});

// i'mport's confirm process (confirm_url, enabled per PG by i'mport): asked just before money moves. Answers
// 200 to approve; anything else blocks the payment. The handler checks the posted fields against i'mport's
// record (`client`) and our order's amount; `approve` decides the rest (here: not paid already).
import { createConfirmHandler } from "iamport-react/server";
import { iamport, store } from "../../../../lib/iamport";
import { getOrder } from "../../../../lib/orders";

export const POST = createConfirmHandler({
  client: iamport,
  store: store(),
  expectedAmount: (merchantUid) => getOrder(merchantUid)?.amount,
  approve: ({ merchant_uid }) =>
    getOrder(merchant_uid)?.status === "paid" ? { reason: `Order ${merchant_uid} is already paid.` } : true,
});

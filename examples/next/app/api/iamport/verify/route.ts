// The kit POSTs every i'mport result here; the answer (paid, ready, forgery, …) decides what the buyer sees.
import { createVerifyHandler } from "iamport-react/server";
import { iamport, store } from "../../../../lib/iamport";
import { getOrder, settleOrder } from "../../../../lib/orders";

const verify = createVerifyHandler({
  client: iamport,
  store: store(),
  // The amount of *our* order, never one from the browser: a mismatch is a forgery (and is cancelled).
  expectedAmount: (merchantUid) => getOrder(merchantUid)?.amount,
  // Runs once per imp_uid: a retried POST, a reload mid-verify or a second tab never ships twice.
  onVerified: (verified) => {
    if (verified.type === "payment")
      settleOrder(verified.payment.merchant_uid, verified.status, verified.payment.imp_uid);
  },
});

export const POST = verify;

import type { PaymentOutcome } from "../core/outcome";
import type { PaymentRequest } from "../core/types";
import { paymentSpec } from "../core/specs";
import type { RequestHookOptions } from "./useRequest";
import { useRequest } from "./useRequest";

/**
 * Opens i'mport's payment window and resolves with the outcome your verify endpoint decided.
 * `requestPay` never rejects: every end, including invalid params and a busy window, is an outcome.
 *
 * @example
 * const { requestPay, isPending } = usePayment();
 * const pay = () => requestPay({ merchant_uid: orderId, amount: 64900, pay_method: "card" });
 * <button disabled={isPending} onClick={pay}>Pay</button>
 */
export function usePayment(options?: RequestHookOptions<PaymentOutcome>) {
  const { request, ...rest } = useRequest(paymentSpec, "usePayment", options);
  return { requestPay: request as (params: PaymentRequest) => Promise<PaymentOutcome>, ...rest };
}

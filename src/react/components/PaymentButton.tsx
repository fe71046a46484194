import type { PaymentOutcome, PaymentRequest } from "../../index";
import { usePayment } from "../usePayment";
import { ActionButton, type ButtonProps } from "./ActionButton";
import { dispatchOutcome } from "./dispatch";

type On<S extends PaymentOutcome["status"]> = (outcome: Extract<PaymentOutcome, { status: S }>) => void;

export interface PaymentButtonProps extends ButtonProps {
  /** The payment; a function is called at click time so the amount is never stale. */
  params: PaymentRequest | (() => PaymentRequest);
  /** Every outcome, before the per-status callbacks. */
  onOutcome?: (outcome: PaymentOutcome) => void;
  /** Paid and confirmed by your server. */
  onPaid?: On<"paid">;
  /** A virtual account was issued; the buyer still has to deposit. */
  onReady?: On<"ready">;
  /** The buyer closed the window. */
  onCancelled?: On<"cancelled">;
  /** The PG, the SDK or your server said no. */
  onFailed?: On<"failed">;
  /** The page is leaving for the PG (mobile); the result arrives on `m_redirect_url`. */
  onRedirecting?: On<"redirecting">;
}

/** `usePayment` plus a button and its status line: disabled and `aria-busy` while pending. */
export function PaymentButton({
  params,
  onOutcome,
  onPaid,
  onReady,
  onCancelled,
  onFailed,
  onRedirecting,
  ...button
}: PaymentButtonProps) {
  const payment = usePayment({
    onOutcome: (outcome) =>
      dispatchOutcome(outcome, onOutcome, {
        paid: onPaid,
        ready: onReady,
        cancelled: onCancelled,
        failed: onFailed,
        redirecting: onRedirecting,
      }),
  });
  return (
    <ActionButton
      {...button}
      kind="payment"
      state={payment}
      onActivate={() => void payment.requestPay(typeof params === "function" ? params() : params)}
    />
  );
}

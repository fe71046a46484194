import type { PaymentOutcome } from "../../core/outcome";
import type { PaymentRequest } from "../../core/types";
import { paymentSpec } from "../../core/specs";
import { RequestButton, type RequestButtonProps } from "./shared";

type On<S extends PaymentOutcome["status"]> = (outcome: Extract<PaymentOutcome, { status: S }>) => void;

export interface PaymentButtonProps extends RequestButtonProps<"payment", PaymentRequest> {
  onPaid?: On<"paid">;
  onReady?: On<"ready">;
  onCancelled?: On<"cancelled">;
  onFailed?: On<"failed">;
  onRedirecting?: On<"redirecting">;
}

/**
 * A button that opens i'mport's payment window (`usePayment`); disabled and `aria-busy` while pending.
 * `params` may be a function, called at click time so the amount is never stale.
 */
export function PaymentButton({ onPaid, onReady, onCancelled, onFailed, onRedirecting, ...props }: PaymentButtonProps) {
  return (
    <RequestButton
      {...props}
      spec={paymentSpec}
      hook="usePayment"
      label="pay"
      handlers={{ paid: onPaid, ready: onReady, cancelled: onCancelled, failed: onFailed, redirecting: onRedirecting }}
    />
  );
}

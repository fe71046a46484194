import type { BillingKeyOutcome } from "../../core/outcome";
import type { BillingKeyRequest } from "../../core/types";
import { billingKeySpec } from "../../core/specs";
import { RequestButton, type RequestButtonProps } from "./shared";

type On<S extends BillingKeyOutcome["status"]> = (outcome: Extract<BillingKeyOutcome, { status: S }>) => void;

export interface BillingKeyButtonProps extends RequestButtonProps<"billing_key", BillingKeyRequest> {
  onIssued?: On<"issued">;
  onCancelled?: On<"cancelled">;
  onFailed?: On<"failed">;
  onRedirecting?: On<"redirecting">;
}

/** A button that opens i'mport's billing-key window (`useBillingKey`) to save a card for later charges. */
export function BillingKeyButton({ onIssued, onCancelled, onFailed, onRedirecting, ...props }: BillingKeyButtonProps) {
  return (
    <RequestButton
      {...props}
      spec={billingKeySpec}
      hook="useBillingKey"
      label="issueBillingKey"
      handlers={{ issued: onIssued, cancelled: onCancelled, failed: onFailed, redirecting: onRedirecting }}
    />
  );
}

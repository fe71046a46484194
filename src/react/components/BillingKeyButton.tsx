import type { BillingKeyOutcome, BillingKeyRequest } from "../../index";
import { useBillingKey } from "../useBillingKey";
import { ActionButton, type ButtonProps } from "./ActionButton";
import { dispatchOutcome } from "./dispatch";

type On<S extends BillingKeyOutcome["status"]> = (outcome: Extract<BillingKeyOutcome, { status: S }>) => void;

export interface BillingKeyButtonProps extends ButtonProps {
  /** The billing-key request (`customer_uid` required); a function is called at click time. */
  params: BillingKeyRequest | (() => BillingKeyRequest);
  /** Every outcome, before the per-status callbacks. */
  onOutcome?: (outcome: BillingKeyOutcome) => void;
  /** The card was saved and your server confirmed it. */
  onIssued?: On<"issued">;
  /** The buyer closed the window. */
  onCancelled?: On<"cancelled">;
  /** The PG, the SDK or your server said no. */
  onFailed?: On<"failed">;
  /** The page is leaving for the PG (mobile). */
  onRedirecting?: On<"redirecting">;
}

/** `useBillingKey` plus a button and its status line: saves a card for later charges. */
export function BillingKeyButton({
  params,
  onOutcome,
  onIssued,
  onCancelled,
  onFailed,
  onRedirecting,
  ...button
}: BillingKeyButtonProps) {
  const billing = useBillingKey({
    onOutcome: (outcome) =>
      dispatchOutcome(outcome, onOutcome, {
        issued: onIssued,
        cancelled: onCancelled,
        failed: onFailed,
        redirecting: onRedirecting,
      }),
  });
  return (
    <ActionButton
      {...button}
      kind="billing_key"
      state={billing}
      onActivate={() => void billing.issueBillingKey(typeof params === "function" ? params() : params)}
    />
  );
}

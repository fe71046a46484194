import type { CertificationOutcome, CertificationRequest } from "../../index";
import { useCertification } from "../useCertification";
import { ActionButton, type ButtonProps } from "./ActionButton";
import { dispatchOutcome } from "./dispatch";

type On<S extends CertificationOutcome["status"]> = (outcome: Extract<CertificationOutcome, { status: S }>) => void;

export interface CertificationButtonProps extends ButtonProps {
  /** The verification request (`pg`, `min_age`, …); default `{}`. A function is called at click time. */
  params?: CertificationRequest | (() => CertificationRequest);
  /** Every outcome, before the per-status callbacks. */
  onOutcome?: (outcome: CertificationOutcome) => void;
  /** Verified, and your server confirmed it. */
  onCertified?: On<"certified">;
  /** The buyer closed the window. */
  onCancelled?: On<"cancelled">;
  /** The PG, the SDK or your server said no. */
  onFailed?: On<"failed">;
  /** The page is leaving for the PG (mobile). */
  onRedirecting?: On<"redirecting">;
}

/** `useCertification` plus a button and its status line: i'mport's identity verification (본인인증). */
export function CertificationButton({
  params = {},
  onOutcome,
  onCertified,
  onCancelled,
  onFailed,
  onRedirecting,
  ...button
}: CertificationButtonProps) {
  const certification = useCertification({
    onOutcome: (outcome) =>
      dispatchOutcome(outcome, onOutcome, {
        certified: onCertified,
        cancelled: onCancelled,
        failed: onFailed,
        redirecting: onRedirecting,
      }),
  });
  return (
    <ActionButton
      {...button}
      kind="certification"
      state={certification}
      onActivate={() => void certification.certify(typeof params === "function" ? params() : params)}
    />
  );
}

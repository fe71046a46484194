import type { CertificationOutcome } from "../../core/outcome";
import type { CertificationRequest } from "../../core/types";
import { certificationSpec } from "../../core/specs";
import { RequestButton, type RequestButtonProps } from "./shared";

type On<S extends CertificationOutcome["status"]> = (outcome: Extract<CertificationOutcome, { status: S }>) => void;

export interface CertificationButtonProps extends Partial<RequestButtonProps<"certification", CertificationRequest>> {
  onCertified?: On<"certified">;
  onCancelled?: On<"cancelled">;
  onFailed?: On<"failed">;
  onRedirecting?: On<"redirecting">;
}

/** A button that opens i'mport's identity verification (`useCertification`, 본인인증). */
export function CertificationButton({
  onCertified,
  onCancelled,
  onFailed,
  onRedirecting,
  params = {},
  ...props
}: CertificationButtonProps) {
  return (
    <RequestButton
      {...props}
      params={params}
      spec={certificationSpec}
      hook="useCertification"
      label="certify"
      handlers={{ certified: onCertified, cancelled: onCancelled, failed: onFailed, redirecting: onRedirecting }}
    />
  );
}

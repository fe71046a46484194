import type { CertificationOutcome } from "../core/outcome";
import type { CertificationRequest } from "../core/types";
import { certificationSpec } from "../core/specs";
import type { RequestHookOptions } from "./useRequest";
import { useRequest } from "./useRequest";

/** Opens i'mport's identity verification (본인인증); in in-app browsers `popup` defaults to false. */
export function useCertification(options?: RequestHookOptions<CertificationOutcome>) {
  const { request, ...rest } = useRequest(certificationSpec, "useCertification", options);
  return { certify: request as (params: CertificationRequest) => Promise<CertificationOutcome>, ...rest };
}

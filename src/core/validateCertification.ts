import type { CertificationRequest } from "./types";
import { checkMerchantUid, checkObject, checkUrl, fail } from "./validate";

const CARRIERS = ["SKT", "KTF", "LGT", "MVNO"];

/** Checks `IMP.certification` params before any window opens. */
export function validateCertification(p: unknown): CertificationRequest {
  checkObject("certification", p);
  if (p.merchant_uid !== undefined) checkMerchantUid("certification", p.merchant_uid);
  if (p.min_age !== undefined && !(Number.isInteger(p.min_age) && (p.min_age as number) > 0))
    fail("certification", "min_age", "must be a whole number of years", false, p.min_age);
  if (p.carrier !== undefined && !CARRIERS.includes(p.carrier as string))
    fail(
      "certification",
      "carrier",
      `must be one of ${CARRIERS.join(", ")}`,
      process.env.NODE_ENV !== "production" && "Omit it to let the buyer choose.",
      p.carrier,
    );
  checkUrl("certification", "m_redirect_url", p.m_redirect_url);
  return p as CertificationRequest;
}

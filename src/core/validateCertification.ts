import { CARRIERS, type CertificationRequest } from "./requestTypes";
import { check, flag, merchantUid, nonEmpty, phone, string, url, type Rules } from "./validate";

const CERTIFICATION: Rules = {
  merchant_uid: merchantUid,
  pg: nonEmpty,
  channelKey: nonEmpty,
  min_age: (v) => !(Number.isInteger(v) && v > 0) && "must be a whole number of years",
  carrier: (v) => !(CARRIERS as readonly unknown[]).includes(v) && `must be one of ${CARRIERS.join(", ")}`,
  name: string,
  company: string,
  phone,
  m_redirect_url: url,
  popup: flag,
};

/** Checks `IMP.certification` params before any window opens; throws `INVALID_PARAMS` naming the field. */
export function validateCertification(p: unknown): CertificationRequest {
  check("certification", p, CERTIFICATION);
  return p as CertificationRequest;
}

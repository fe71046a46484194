import { CARRIERS, type CertificationRequest } from "./requestTypes";
import {
  check,
  flag,
  type Rule,
  MERCHANT_UID_FIX,
  merchantUid,
  nonEmpty,
  optional,
  phone,
  string,
  url,
  URL_FIX,
} from "./validate";

const CERTIFICATION: Rule[] = [
  ["merchant_uid", optional(merchantUid), MERCHANT_UID_FIX],
  ["pg", nonEmpty, 'For example "danal" or "inicis_unified"; or pass `channelKey` instead.'],
  ["channelKey", nonEmpty],
  ["min_age", optional((v) => !(Number.isInteger(v) && v > 0) && "must be a whole number of years")],
  [
    "carrier",
    optional((v) => !(CARRIERS as readonly unknown[]).includes(v) && `must be one of ${CARRIERS.join(", ")}`),
    "Omit it to let the buyer choose.",
  ],
  ["name", string],
  ["company", string],
  ["phone", phone, 'Pass it as a string such as "010-1234-5678".'],
  ["m_redirect_url", url, URL_FIX],
  ["popup", flag],
];

/** Checks `IMP.certification` params before any window opens; throws `INVALID_PARAMS` naming the field. */
export function validateCertification(p: unknown): CertificationRequest {
  check("certification", p, CERTIFICATION);
  return p as CertificationRequest;
}

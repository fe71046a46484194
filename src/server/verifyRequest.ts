import type { VerifyRequest } from "../core/verify";
import { HttpError } from "./json";
import { parseJsonObject } from "./readBody";

export const VERIFY_TYPES = ["payment", "billing_key", "certification"] as const;

const isType = (value: unknown): value is VerifyRequest["type"] => VERIFY_TYPES.some((type) => type === value);

const id = (body: Record<string, unknown>, field: string, missing = `\`${field}\` must be a non-empty string.`) => {
  const value = body[field];
  if (typeof value !== "string" || !value.trim()) throw new HttpError(400, missing);
  if (value.length > 100) throw new HttpError(400, `\`${field}\` must be at most 100 characters.`);
  if (value === "." || value === "..") throw new HttpError(400, `\`${field}\` cannot be "${value}".`);
  return value;
};

/** Checks a verify body against the contract (JSON only); throws a 400 naming the field. */
export function parseVerifyRequest(request: Request, text: string): VerifyRequest {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? ""))
    throw new HttpError(400, "Send the body as `content-type: application/json`.");
  const fields = parseJsonObject(text);
  if (!isType(fields.type)) throw new HttpError(400, `\`type\` must be one of ${VERIFY_TYPES.join(", ")}.`);
  const parsed: VerifyRequest = {
    type: fields.type,
    imp_uid: id(fields, "imp_uid"),
    merchant_uid: id(fields, "merchant_uid"),
  };
  if (fields.type === "billing_key")
    parsed.customer_uid = id(fields, "customer_uid", "`customer_uid` is required for a billing_key.");
  return parsed;
}

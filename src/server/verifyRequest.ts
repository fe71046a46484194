import type { VerifyRequest } from "../core/verify";
import { HttpError } from "./json";
import { parseJsonObject } from "./readBody";

export const VERIFY_TYPES = ["payment", "billing_key", "certification"] as const;

const isType = (value: unknown): value is VerifyRequest["type"] => VERIFY_TYPES.some((type) => type === value);

/** Why `value` cannot be an id the handlers look up at i'mport (`imp_uid`, `merchant_uid`…), or null when it can. */
export function idProblem(field: string, value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return `\`${field}\` must be a non-empty string.`;
  if (value.length > 100) return `\`${field}\` must be at most 100 characters.`;
  if (value === "." || value === "..") return `\`${field}\` cannot be "${value}".`;
  // No id holds a lone UTF-16 surrogate, and none can be put in a URL (encodeURIComponent throws).
  if (/\p{Cs}/u.test(value)) return `\`${field}\` must be well-formed text (it holds a lone surrogate).`;
  return null;
}

const id = (body: Record<string, unknown>, field: string, missing?: string) => {
  const problem = idProblem(field, body[field]);
  if (problem) throw new HttpError(400, missing && typeof body[field] !== "string" ? missing : problem);
  return body[field] as string;
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

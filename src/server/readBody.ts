import { HttpError } from "./json";

/**
 * Reads a POST body of at most `limit` bytes as text: refuses a larger `content-length` before reading, and
 * counts bytes while streaming so an undeclared (chunked) body is cut off at the limit, never buffered whole.
 */
export async function readBody(request: Request, limit: number): Promise<string> {
  if (request.method !== "POST") throw new HttpError(405, `Use POST (got ${request.method}).`, { allow: "POST" });
  const declared = request.headers.get("content-length");
  if (declared !== null && !/^\s*\d+\s*$/.test(declared))
    throw new HttpError(400, `\`content-length\` must be a number of bytes (got ${JSON.stringify(declared)}).`);
  if (Number(declared) > limit)
    throw new HttpError(413, `The body is ${Number(declared)} bytes; at most ${limit} are accepted.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpError(413, `The body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) bytes.set(chunk, (offset += chunk.byteLength) - chunk.byteLength);
  return new TextDecoder().decode(bytes);
}

/** Parses a JSON text that must hold one object; a 400 naming the problem otherwise. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new HttpError(400, "The body must be a JSON object.");
  return body as Record<string, unknown>;
}

/** Parses a JSON or form-encoded body into an object of fields; a 400 naming the problem otherwise. */
export function parseFields(request: Request, text: string): Record<string, unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) return Object.fromEntries(new URLSearchParams(text));
  if (!/^application\/json\b/i.test(type))
    throw new HttpError(
      415,
      "Send the body as `content-type: application/json` (or `application/x-www-form-urlencoded`).",
    );
  return parseJsonObject(text);
}

import type { VerifyRequest } from "../core/verify";

/** A JSON response; every answer of the handlers is one. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** Sets `key` in a map that forgets its oldest entries past `max`, so a long-running server's memory stays flat. */
export function remember<K, V>(map: Map<K, V>, key: K, value: V, max = 5000): V {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
  return value;
}

export class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a POST body of at most `limit` bytes as text, refusing other methods and oversized bodies. */
export async function readBody(request: Request, limit: number): Promise<string> {
  if (request.method !== "POST") throw new BadRequest(405, `Use POST (got ${request.method}).`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new BadRequest(413, `The body is ${declared} bytes; at most ${limit} are accepted.`);
  const text = await request.text();
  if (new TextEncoder().encode(text).length > limit)
    throw new BadRequest(413, `The body is larger than ${limit} bytes.`);
  return text;
}

const TYPES = ["payment", "billing_key", "certification"];

/** Checks a verify body against the contract; throws a 400 naming the field. */
export function parseVerifyRequest(request: Request, text: string): VerifyRequest {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? ""))
    throw new BadRequest(400, "Send the body as `content-type: application/json`.");
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new BadRequest(400, "The body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null) throw new BadRequest(400, "The body must be a JSON object.");
  if (!TYPES.includes(body.type as string)) throw new BadRequest(400, `\`type\` must be one of ${TYPES.join(", ")}.`);
  for (const field of ["imp_uid", "merchant_uid"]) {
    if (typeof body[field] !== "string" || !(body[field] as string).trim() || (body[field] as string).length > 100)
      throw new BadRequest(400, `\`${field}\` must be a non-empty string.`);
  }
  if (body.type === "billing_key" && (typeof body.customer_uid !== "string" || !body.customer_uid))
    throw new BadRequest(400, "`customer_uid` is required for a billing_key.");
  return body as unknown as VerifyRequest;
}

type NodeRequest = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  on(event: string, listener: (...args: never[]) => void): unknown;
};
type NodeResponse = {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
};

/**
 * Adapts a `(Request) => Promise<Response>` handler to Node's `(req, res)` (node:http, Express, Fastify's
 * raw mode), e.g. `app.post("/api/iamport/verify", toNodeListener(verify))`. Do not put a body parser in front.
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>) {
  return (req: NodeRequest, res: NodeResponse) => {
    const chunks: Uint8Array[] = [];
    req.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    req.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(new URL(req.url ?? "/", `http://${headers.get("host") ?? "localhost"}`), {
        method: req.method,
        headers,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      });
      handler(request)
        .then(async (response) => {
          res.statusCode = response.status;
          response.headers.forEach((value, name) => res.setHeader(name, value));
          res.end(await response.text());
        })
        .catch(() => {
          // A handler that throws must not leave the request hanging until the client gives up.
          res.statusCode = 500;
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify({ error: "The handler failed." }));
        });
    });
  };
}

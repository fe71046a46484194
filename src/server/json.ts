/** A JSON response; every answer of the handlers is one, and none is cached. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** A request the handler refuses with `status` and a message saying how to fix it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The JSON answer for an `HttpError`. */
export const refuse = (error: HttpError) => json({ error: error.message }, error.status, error.headers);

type NodeRequest = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  complete?: boolean;
  readableEnded?: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  destroy(error?: Error): unknown;
};
type NodeResponse = {
  statusCode: number;
  headersSent?: boolean;
  setHeader(name: string, value: string): unknown;
  end(body?: Uint8Array | string, callback?: () => void): unknown;
  on(event: string, listener: (...args: never[]) => void): unknown;
};

export interface NodeListenerOptions {
  /** Largest body passed on to the handler; past it the listener answers 413 itself. Default 1 MiB. */
  maxBodyBytes?: number;
}

/** Methods the Fetch API refuses to build a `Request` for. */
const FORBIDDEN = ["CONNECT", "TRACE", "TRACK"] as const;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(req: NodeRequest, res: NodeResponse, status: number, body: Uint8Array, headers: [string, string][]) {
  try {
    res.statusCode = status;
    for (const [name, value] of headers) res.setHeader(name, value);
    // A small unread rest is drained to keep the connection; a large one (it may be 100 MB) is not: close.
    const chunked = req.headers["transfer-encoding"] !== undefined;
    const declared = chunked ? Infinity : Number(req.headers["content-length"] ?? 0);
    const drain = req.complete || declared <= 65_536;
    if (drain) req.resume();
    else res.setHeader("connection", "close");
    res.end(body, () => {
      if (!drain && !req.complete) req.destroy();
    });
  } catch {
    req.destroy();
  }
}

const answerJson = (
  req: NodeRequest,
  res: NodeResponse,
  status: number,
  error: string,
  extra: [string, string][] = [],
) =>
  send(req, res, status, new TextEncoder().encode(JSON.stringify({ error })), [
    ["content-type", "application/json; charset=utf-8"],
    ["cache-control", "no-store"],
    ...extra,
  ]);

/** Builds the Web `Request`, or throws a `Refusal` for what no handler could answer (method, host, target). */
function toRequest(req: NodeRequest, body: ReadableStream<Uint8Array> | undefined): Request {
  const method = (req.method ?? "GET").toUpperCase();
  if (FORBIDDEN.some((forbidden) => forbidden === method))
    throw new Refusal(405, `${method} is not accepted here; use POST.`, { allow: "POST" });
  if (!TOKEN.test(method)) throw new Refusal(501, `The method ${JSON.stringify(method)} is not implemented.`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    try {
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    } catch {
      throw new Refusal(400, `The \`${name}\` header is not a valid header value.`);
    }
  }
  const host = headers.get("host") ?? "localhost";
  let url: URL;
  try {
    url = new URL(`http://${host}`);
    if (url.host.toLowerCase() !== host.toLowerCase().replace(/:80$/, "")) throw new TypeError("host");
    url = new URL(req.url ?? "/", url);
  } catch {
    throw new Refusal(400, "The request target or `host` header is not a valid URL.");
  }
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(url, {
    method,
    headers,
    body: hasBody ? body : undefined,
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

/**
 * Adapts a `(Request) => Promise<Response>` handler to Node's `(req, res)` (node:http, Express, Fastify's raw
 * mode), e.g. `app.post("/api/iamport/verify", toNodeListener(verify))`. Do not put a body parser in front.
 * Every request gets an answer, however malformed; the body streams to the handler and is cut off at
 * `maxBodyBytes`, so nothing is buffered beyond what the handler reads.
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>, options: NodeListenerOptions = {}) {
  const limit = options.maxBodyBytes ?? 1_048_576;
  return (req: NodeRequest, res: NodeResponse) => {
    let answered = false;
    const answer = (status: number, error: string, extra: [string, string][] = []) => {
      if (answered) return;
      answered = true;
      answerJson(req, res, status, error, extra);
    };
    req.on("error", () => req.destroy());
    res.on("error", () => req.destroy());
    try {
      const declared = Number(req.headers["content-length"] ?? 0);
      if (declared > limit) return answer(413, `The body is ${declared} bytes; at most ${limit} are accepted.`);
      // A body parser in front (express.json(), body-parser) has read the stream: it would never end here.
      if (req.readableEnded && (declared > 0 || req.headers["transfer-encoding"] !== undefined))
        return answer(500, "The body was already read: mount this listener without a body parser in front of it.");
      let received = 0;
      req.pause();
      const body = new ReadableStream<Uint8Array>(
        {
          start(controller) {
            if (req.readableEnded) return controller.close(); // An empty body, already consumed.
            req.on("data", (chunk: Uint8Array) => {
              received += chunk.byteLength;
              if (received > limit) {
                controller.error(new Refusal(413, `The body is larger than ${limit} bytes.`));
                req.pause();
                return answer(413, `The body is larger than ${limit} bytes.`);
              }
              try {
                controller.enqueue(new Uint8Array(chunk));
              } catch {
                return void req.pause(); // The handler stopped reading (cancelled the body).
              }
              if ((controller.desiredSize ?? 0) <= 0) req.pause();
            });
            req.on("end", () => {
              try {
                controller.close();
              } catch {
                // Already errored past the limit.
              }
            });
            req.on("error", (error: Error) => {
              try {
                controller.error(error);
              } catch {
                // Already closed.
              }
            });
          },
          pull: () => void req.resume(),
          cancel: () => void req.pause(),
        },
        { highWaterMark: 1 },
      );
      const request = toRequest(req, body);
      handler(request)
        .then(async (response) => {
          // Read the whole answer first: a body that fails to read still gets the 500 below.
          const bytes = new Uint8Array(await response.arrayBuffer());
          const headers: [string, string][] = [];
          response.headers.forEach((value, name) => headers.push([name, value]));
          if (answered) return;
          answered = true;
          send(req, res, response.status, bytes, headers);
        })
        .catch(() => answer(500, "The handler failed."));
    } catch (error) {
      if (error instanceof Refusal)
        return answer(error.status, error.message, Object.entries(error.headers) as [string, string][]);
      answer(400, "The request could not be read.");
    }
  };
}

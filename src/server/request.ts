import { IamportApiError } from "./errors";
import type { paths } from "./generated/iamport";

export type Method = "GET" | "POST" | "PUT" | "DELETE";
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][Lowercase<M>]>;
/** Every path of the spec that has an operation for `method`. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: [paths[P][Lowercase<M>]] extends [undefined] ? never : P;
}[keyof paths];

type PathParams<O> = O extends { parameters: { path: infer X } } ? X : never;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type JsonBody<O> = O extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
/** What an operation's `response` field holds on success. */
export type ResultOf<O> = O extends { responses: { 200: { content: { "application/json": infer R } } } }
  ? R extends { response?: infer X }
    ? NonNullable<X>
    : unknown
  : unknown;

/** Options of `client.request(method, path, …)`: path ids, query and body as the spec types them. */
export type RequestOptions<P extends keyof paths, M extends Method> = { signal?: AbortSignal } & ([
  PathParams<Operation<P, M>>,
] extends [never | undefined]
  ? { params?: never }
  : { params: PathParams<Operation<P, M>> }) &
  ([QueryParams<Operation<P, M>>] extends [never | undefined]
    ? { query?: never }
    : { query?: QueryParams<Operation<P, M>> }) &
  ([JsonBody<Operation<P, M>>] extends [never]
    ? { body?: never }
    : undefined extends Operation<P, M>["requestBody"]
      ? { body?: JsonBody<Operation<P, M>> }
      : { body: JsonBody<Operation<P, M>> });
export type Result<P extends keyof paths, M extends Method> = ResultOf<Operation<P, M>>;

export interface TransportOptions {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  tierCode: () => string | undefined;
  credentials: () => { imp_key: string; imp_secret: string };
}

export interface Call {
  query?: Record<string, unknown>;
  body?: unknown;
  signal?: AbortSignal;
}

type Envelope<T> = { code: number; message: string | null; response: T };

/** Refresh this long before `expired_at`, so no request goes out with a token about to lapse. */
const TOKEN_MARGIN_MS = 60_000;

/** `/payments/{imp_uid}` + `{ imp_uid: "imp_1" }` → `/payments/imp_1`, each id encoded; a missing id is named. */
export function fillPath(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if ((typeof value !== "string" && typeof value !== "number") || value === "")
      throw new TypeError(`i'mport ${template}: \`${name}\` is required (got ${JSON.stringify(value)}).`);
    // "." and ".." survive encoding and move the URL to another endpoint (`/payments/..` is `/`).
    if (value === "." || value === "..")
      throw new TypeError(`i'mport ${template}: \`${name}\` cannot be "${value}" (it would name another endpoint).`);
    return encodeURIComponent(String(value));
  });
}

/** `{ "imp_uid[]": ["a", "b"], include_sandbox: true }` → `?imp_uid[]=a&imp_uid[]=b&include_sandbox=true`. */
function queryString(query: Record<string, unknown> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString().replaceAll("%5B%5D", "[]");
  return text ? `?${text}` : "";
}

/**
 * The HTTP side of the client: one access token shared by all calls and refreshed one at a time, the `Tier`
 * header, a timeout per attempt (and the caller's `signal`), GET-only retries, and i'mport's
 * `{ code, message, response }` envelope turned into the `response` or an `IamportApiError`.
 */
export function createTransport(options: TransportOptions) {
  let token: { value: string; expiresAt: number } | null = null;
  let refreshing: Promise<string> | null = null;

  async function send<T>(method: Method, path: string, call: Call, auth: string | null): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (call.body !== undefined) headers["content-type"] = "application/json";
    if (auth) headers.authorization = `Bearer ${auth}`;
    const tierCode = options.tierCode();
    if (tierCode) headers.tier = tierCode;
    const where = `${method} ${path}`;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    let response: Response;
    try {
      response = await options.fetch(`${options.baseUrl}${path}${queryString(call.query)}`, {
        method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: call.signal ? AbortSignal.any([timeout, call.signal]) : timeout,
      });
    } catch (cause) {
      if (call.signal?.aborted)
        throw new IamportApiError(
          "timeout",
          `i'mport ${where} was aborted by the caller's signal (timeout or cancel).`,
        );
      const timedOut = cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new IamportApiError(
        timedOut ? "timeout" : "network",
        `i'mport ${where} ${timedOut ? `timed out after ${options.timeoutMs} ms` : `failed: ${why}`}.`,
      );
    }
    const envelope = (await response.json().catch(() => null)) as Envelope<T> | null;
    const message = envelope?.message ?? undefined;
    if (response.status === 401)
      throw new IamportApiError(
        "auth",
        `i'mport refused the credentials for ${where}: ${message ?? "HTTP 401"}.`,
        401,
        envelope?.code,
        message,
      );
    if (!response.ok)
      throw new IamportApiError(
        "http",
        `i'mport ${where} answered HTTP ${response.status}${message ? `: ${message}` : ""}.`,
        response.status,
        envelope?.code,
        message,
      );
    if (!envelope || typeof envelope.code !== "number")
      throw new IamportApiError("http", `i'mport ${where} answered without its JSON envelope.`, response.status);
    if (envelope.code !== 0)
      throw new IamportApiError(
        "api",
        `i'mport ${where} failed: ${message ?? `code ${envelope.code}`}.`,
        response.status,
        envelope.code,
        message,
      );
    return envelope.response;
  }

  function accessToken(): Promise<string> {
    if (token && Date.now() < token.expiresAt - TOKEN_MARGIN_MS) return Promise.resolve(token.value);
    refreshing ??= Promise.resolve()
      .then(() =>
        send<{ access_token: string; expired_at: number; now: number }>(
          "POST",
          "/users/getToken",
          { body: options.credentials() },
          null,
        ),
      )
      .then(({ access_token, expired_at, now }) => {
        // Trust i'mport's clock for the lifetime, ours for when it started.
        token = { value: access_token, expiresAt: Date.now() + (expired_at - now) * 1000 };
        return access_token;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  /** One authenticated call; `path` is already filled in. */
  async function call<T>(method: Method, path: string, request: Call = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const current = await accessToken();
      try {
        return await send<T>(method, path, request, current);
      } catch (error) {
        if (!(error instanceof IamportApiError) || request.signal?.aborted) throw error;
        // A 401 means the token lapsed early or was revoked: refresh once and repeat (nothing happened).
        if (error.kind === "auth" && attempt === 0) {
          if (token?.value === current) token = null;
          continue;
        }
        if (method === "GET" && error.transient && attempt < options.retries) {
          await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
          continue;
        }
        throw error;
      }
    }
  }

  return { call };
}

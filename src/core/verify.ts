import { IamportError, type IamportErrorDetails } from "./errors";

/** The three kinds of i'mport request, as posted in `type`. */
export const REQUEST_KINDS = ["payment", "billing_key", "certification"] as const;
const STATUSES = ["paid", "ready", "issued", "certified", "failed", "forgery"] as const;

/** What the kit POSTs to the merchant's verify endpoint. */
export interface VerifyRequest {
  type: (typeof REQUEST_KINDS)[number];
  imp_uid: string;
  merchant_uid: string;
  customer_uid?: string;
}

/** What the merchant's verify endpoint answers; its `status` decides the outcome. */
export interface VerifyResponse {
  status: (typeof STATUSES)[number];
  message?: string;
  [extra: string]: unknown;
}

export interface VerifyEndpoint {
  /** Where results are POSTed; relative URLs resolve against the current page. */
  url: string;
  headers?: Record<string, string> | (() => Record<string, string>);
  credentials?: RequestCredentials;
  /** Retries after a network error or 5xx; default 4. */
  retries?: number;
  /** Delay before retry `attempt` (1-based) in ms; default 1 s doubling, at most 15 s. */
  retryDelay?: (attempt: number) => number;
  /** How long one POST may take before it counts as a retriable failure; default 15 000 ms. */
  timeoutMs?: number;
}

/** A URL endpoint, or a function that verifies by other means (a server action, a GraphQL mutation). */
export type VerifyConfig = VerifyEndpoint | ((request: VerifyRequest) => Promise<VerifyResponse>);

function parseAnswer(body: unknown, where: string): VerifyResponse {
  const status = (body as { status?: unknown } | null)?.status;
  if (!STATUSES.includes(status as VerifyResponse["status"])) {
    throw new IamportError(
      "VERIFY_FAILED",
      `${where} answered without a known \`status\` (got ${JSON.stringify(status)}).` +
        (process.env.NODE_ENV !== "production"
          ? ` Answer JSON like { "status": "paid" }, status one of ${STATUSES.join(", ")}.`
          : ""),
    );
  }
  return body as VerifyResponse;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * One verify attempt, abandoned after `timeoutMs` (headers and body included). Throws `VERIFY_FAILED`,
 * marked `retriable` for network errors, timeouts, 429 and 5xx.
 */
export async function postVerify(config: VerifyConfig, request: VerifyRequest): Promise<VerifyResponse> {
  const endpoint = typeof config === "function" ? null : config;
  const where = endpoint ? `The verify endpoint \`${endpoint.url}\`` : "The `verify` function";
  const timeoutMs = endpoint?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new IamportError("VERIFY_FAILED", `${where} did not answer within ${timeoutMs} ms.`, { retriable: true }));
    }, timeoutMs);
  });
  const fail: (message: string, details: IamportErrorDetails) => never = (message, details) => {
    throw new IamportError("VERIFY_FAILED", `${where} ${message}`, details);
  };
  const attempt = async (): Promise<VerifyResponse> => {
    if (!endpoint) {
      let answer: unknown;
      try {
        answer = await (config as (request: VerifyRequest) => Promise<VerifyResponse>)(request);
      } catch (cause) {
        fail(`threw: ${cause instanceof Error ? cause.message : String(cause)}`, { cause, retriable: true });
      }
      return parseAnswer(answer, where);
    }
    let response: Response;
    try {
      response = await fetch(typeof location === "undefined" ? endpoint.url : new URL(endpoint.url, location.href), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...(typeof endpoint.headers === "function" ? endpoint.headers() : endpoint.headers),
        },
        credentials: endpoint.credentials,
        body: JSON.stringify(request),
        signal: abort.signal,
      });
    } catch (cause) {
      fail(
        `could not be reached.` +
          (process.env.NODE_ENV !== "production"
            ? " The result stays journaled and is verified again on the next page load or `retry()`."
            : ""),
        { cause, retriable: true },
      );
    }
    const httpStatus = response.status;
    if (!response.ok)
      fail(`answered HTTP ${httpStatus}.`, { httpStatus, retriable: httpStatus >= 500 || httpStatus === 429 });
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      // A body cut off by the deadline is a timeout (retriable); one that is not JSON is the server's final word.
      fail(`answered HTTP ${httpStatus} without JSON.`, { cause, httpStatus, retriable: abort.signal.aborted });
    }
    return parseAnswer(body, where);
  };
  try {
    return await Promise.race([attempt(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Verifies with the kit's policy: retriable failures (network, timeout, 429, 5xx) are retried with the same
 * body after a backoff (default 1 s doubling, at most 15 s), `retries` times (default 4; 2 for a function).
 */
export async function verifyWithRetries(config: VerifyConfig, request: VerifyRequest): Promise<VerifyResponse> {
  const endpoint = typeof config === "function" ? null : config;
  const retries = endpoint ? (endpoint.retries ?? 4) : 2;
  for (let attempt = 1; ; attempt++) {
    try {
      return await postVerify(config, request);
    } catch (error) {
      if (!(error as IamportError).retriable || attempt > retries) throw error;
      await sleep(endpoint?.retryDelay?.(attempt) ?? Math.min(1000 * 2 ** (attempt - 1), 15_000));
    }
  }
}

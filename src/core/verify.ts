import { IamportError } from "./errors";
import type { RequestKind } from "./types";

/** What the kit POSTs to the merchant's verify endpoint. */
export interface VerifyRequest {
  type: RequestKind;
  imp_uid: string;
  merchant_uid: string;
  customer_uid?: string;
}

/** What the merchant's verify endpoint answers; its `status` decides the outcome. */
export interface VerifyResponse {
  status: "paid" | "ready" | "issued" | "certified" | "failed" | "forgery";
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
}

/** A URL endpoint, or a function that verifies by other means (a server action, a GraphQL mutation). */
export type VerifyConfig = VerifyEndpoint | ((request: VerifyRequest) => Promise<VerifyResponse>);

const STATUSES = ["paid", "ready", "issued", "certified", "failed", "forgery"];

function parseAnswer(body: unknown, where: string): VerifyResponse {
  const status = (body as { status?: unknown } | null)?.status;
  if (typeof status !== "string" || !STATUSES.includes(status)) {
    throw new IamportError(
      "VERIFY_FAILED",
      `${where} answered without a known \`status\` (got ${JSON.stringify(status)}).${process.env.NODE_ENV !== "production" ? ` Answer JSON like { "status": "paid" }, status one of ${STATUSES.join(", ")}.` : ""}`,
    );
  }
  return body as VerifyResponse;
}

/** One verify attempt. Throws `VERIFY_FAILED`, marked `retriable` for network errors and 5xx. */
export async function postVerify(config: VerifyConfig, request: VerifyRequest): Promise<VerifyResponse> {
  if (typeof config === "function") {
    let answer: unknown;
    try {
      answer = await config(request);
    } catch (cause) {
      throw new IamportError(
        "VERIFY_FAILED",
        `The \`verify\` function threw: ${cause instanceof Error ? cause.message : String(cause)}`,
        { cause, retriable: true },
      );
    }
    return parseAnswer(answer, "The `verify` function");
  }
  const url = typeof location === "undefined" ? config.url : new URL(config.url, location.href).href;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(typeof config.headers === "function" ? config.headers() : config.headers),
      },
      credentials: config.credentials,
      body: JSON.stringify(request),
    });
  } catch (cause) {
    throw new IamportError(
      "VERIFY_FAILED",
      `The verify endpoint \`${config.url}\` could not be reached.${process.env.NODE_ENV !== "production" ? " The result stays journaled and is verified again on the next page load or `retry()`." : ""}`,
      { cause, retriable: true },
    );
  }
  if (!response.ok) {
    throw new IamportError("VERIFY_FAILED", `The verify endpoint \`${config.url}\` answered HTTP ${response.status}.`, {
      httpStatus: response.status,
      retriable: response.status >= 500 || response.status === 429,
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new IamportError(
      "VERIFY_FAILED",
      `The verify endpoint \`${config.url}\` answered HTTP ${response.status} without JSON.`,
      { cause, httpStatus: response.status },
    );
  }
  return parseAnswer(body, `The verify endpoint \`${config.url}\``);
}

export function verifyRetries(config: VerifyConfig): number {
  return typeof config === "function" ? 2 : (config.retries ?? 4);
}

export function verifyRetryDelay(config: VerifyConfig, attempt: number): number {
  return typeof config !== "function" && config.retryDelay
    ? config.retryDelay(attempt)
    : Math.min(1000 * 2 ** (attempt - 1), 15_000);
}

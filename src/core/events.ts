import type { IamportError } from "./errors";
import type { OutcomeOf, RawResult, RequestContext } from "./outcome";
import type { VerifyRequest, VerifyResponse } from "./verify";

/** Lifecycle events for logging and analytics, delivered to the provider's `onEvent`. */
export type IamportEvent =
  | { type: "sdk-load-start"; src: string }
  | { type: "sdk-load-ok" }
  | { type: "sdk-load-error"; error: IamportError }
  | { type: "request-open"; request: RequestContext }
  | { type: "redirect"; request: RequestContext }
  | { type: "callback"; request: RequestContext; response: RawResult; source: "callback" | "redirect" }
  | { type: "verify-start"; request: VerifyRequest }
  | { type: "verify-ok"; request: VerifyRequest; response: VerifyResponse }
  | { type: "verify-error"; request: VerifyRequest; error: IamportError }
  | { type: "recovered"; request: VerifyRequest; outcome: OutcomeOf<VerifyRequest["type"]> };

import { IamportError, toError } from "./errors";
import type { IamportEvent } from "./events";
import { ensureInit } from "./init";
import { journal, type JournalEntry } from "./journal";
import { loadIamport, readIamport, type SdkOptions } from "./loader";
import { acquireWindow } from "./lock";
import {
  endedOutcome,
  impUidOf,
  redirectingOutcome,
  resultError,
  verifiedOutcome,
  type OutcomeOf,
  type RawResult,
  type RequestContext,
} from "./outcome";
import type { CertificationRequest, IMPGlobal, PaymentRequest, RequestKind } from "./types";
import type { VerifyRequest, VerifyResponse } from "./verify";

export type Phase = "loading-sdk" | "awaiting-payment" | "verifying";

/** Fields merged under every request; `certification` holds those for identity verification. */
export type RequestDefaults = Partial<PaymentRequest> & { certification?: Partial<CertificationRequest> };

export interface Pipeline {
  userCode: string | undefined;
  tierCode?: string;
  redirectUrl?: string;
  defaults?: RequestDefaults;
  sdk?: SdkOptions;
  /** Loads the SDK and initialises it (the provider tracks its status); default: the bare loader. */
  load?: () => Promise<IMPGlobal>;
  /** Posts to the verify endpoint, retries included. */
  verify: (request: VerifyRequest) => Promise<VerifyResponse>;
  emit: (event: IamportEvent) => void;
}

/** What one kind of request checks and fills in before its window opens. */
export interface RequestSpec<K extends RequestKind> {
  kind: K;
  /** Throws `INVALID_PARAMS` naming the field. */
  validate: (request: unknown) => unknown;
  /** Fills in kind-specific defaults on the merged request. */
  prepare?: (request: Record<string, unknown>) => void;
}

const REDIRECTED = Symbol("redirected");

/** The page's own URL without query or hash: where i'mport returns by default. */
export function currentPageUrl(): string | undefined {
  return typeof location === "undefined" ? undefined : location.origin + location.pathname;
}

function prepare(spec: RequestSpec<RequestKind>, params: unknown, p: Pipeline): unknown {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return params;
  const { certification, ...paymentDefaults } = p.defaults ?? {};
  const merged: Record<string, unknown> = {
    ...(spec.kind === "certification" ? certification : paymentDefaults),
    ...params,
  };
  merged.m_redirect_url ??= p.redirectUrl ?? currentPageUrl();
  spec.prepare?.(merged);
  return merged;
}

function openWindow(imp: IMPGlobal, kind: RequestKind, params: object): Promise<RawResult | typeof REDIRECTED> {
  return new Promise((resolve, reject) => {
    // On mobile most PGs replace the page and the callback never runs: the page leaving is the only signal.
    const onHide = () => {
      window.removeEventListener("pagehide", onHide);
      resolve(REDIRECTED);
    };
    window.addEventListener("pagehide", onHide);
    try {
      const method = (kind === "certification" ? imp.certification : imp.request_pay) as
        ((params: object, callback: (rsp?: RawResult) => void) => void) | undefined;
      if (typeof method !== "function")
        throw new IamportError("SDK_LOAD_FAILED", "This i'mport SDK has no `IMP.certification`.");
      method.call(imp, { ...params }, (rsp) => {
        window.removeEventListener("pagehide", onHide);
        resolve(rsp ?? {});
      });
    } catch (error) {
      window.removeEventListener("pagehide", onHide);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Validates, takes the page's one window, journals the request and opens i'mport's window. When the SDK is
 * ready the window opens synchronously, inside the caller's event handler, so popup PGs are not blocked.
 */
export function startRequest<K extends RequestKind>(
  spec: RequestSpec<K>,
  params: unknown,
  p: Pipeline,
  onPhase: (phase: Phase) => void,
): Promise<OutcomeOf<K>> {
  const kind = spec.kind;
  const request = prepare(spec, params, p) as Record<string, unknown> | undefined;
  const ctx = {
    type: kind,
    merchant_uid: typeof request?.merchant_uid === "string" ? request.merchant_uid : "",
    customer_uid: kind === "billing_key" ? (request?.customer_uid as string | undefined) : undefined,
  };
  const end = (error: unknown) =>
    Promise.resolve(endedOutcome(ctx, null, toError(error, "PAYMENT_FAILED", "i'mport failed")));
  if (!p.userCode)
    return end(
      new IamportError(
        "NOT_CONFIGURED",
        `\`IamportProvider\` has no \`userCode\`.${process.env.NODE_ENV !== "production" ? " Pass your i'mport merchant code (imp########) before requesting." : ""}`,
      ),
    );
  if (p.tierCode !== undefined && !/^[A-Z0-9]{3}$/.test(p.tierCode)) {
    return end(
      new IamportError(
        "INVALID_PARAMS",
        `\`IamportProvider\`: \`tierCode\` must be 3 upper-case letters or digits (got ${JSON.stringify(p.tierCode)}).`,
        { field: "tierCode" },
      ),
    );
  }
  try {
    spec.validate(request);
  } catch (error) {
    return end(error);
  }
  const release = acquireWindow(`${kind}:${ctx.merchant_uid}`);
  if (!release)
    return end(
      new IamportError(
        "BUSY",
        `Another i'mport window is open on this page.${process.env.NODE_ENV !== "production" ? " Wait for its outcome before opening a new one." : ""}`,
      ),
    );
  journal.start({ ...ctx, amount: typeof request?.amount === "number" ? request.amount : undefined });

  const userCode = p.userCode;
  const open = (imp: IMPGlobal) => {
    ensureInit(imp, userCode, p.tierCode);
    onPhase("awaiting-payment");
    p.emit({ type: "request-open", request: ctx });
    return openWindow(imp, kind, request as object);
  };
  let opened: Promise<RawResult | typeof REDIRECTED>;
  const ready = readIamport();
  if (ready) {
    try {
      opened = open(ready);
    } catch (error) {
      opened = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  } else {
    onPhase("loading-sdk");
    opened = (p.load ? p.load() : loadIamport(p.sdk)).then(open);
  }
  return opened.then(
    (raw) => {
      release();
      if (raw === REDIRECTED) {
        p.emit({ type: "redirect", request: ctx });
        return redirectingOutcome(ctx);
      }
      p.emit({ type: "callback", request: ctx, response: raw, source: "callback" });
      return settleResult(ctx, raw, p, onPhase);
    },
    (error: unknown) => {
      release();
      journal.remove(ctx.merchant_uid);
      return endedOutcome(ctx, null, toError(error, "PAYMENT_FAILED", "i'mport failed"));
    },
  );
}

const settled = new Map<string, Promise<OutcomeOf<RequestKind>>>();

/**
 * Turns a callback or redirect result into an outcome: reported errors end it at once; anything else is
 * journaled and posted to the verify endpoint once per `imp_uid`, however many callers ask.
 */
export function settleResult<K extends RequestKind>(
  ctx: RequestContext & { type: K },
  raw: RawResult,
  p: Pipeline,
  onPhase?: (phase: Phase) => void,
): Promise<OutcomeOf<K>> {
  const impUid = impUidOf(raw);
  const error =
    resultError(raw) ??
    (impUid
      ? null
      : new IamportError(
          "PAYMENT_FAILED",
          `i'mport returned neither an \`imp_uid\` nor an error.${process.env.NODE_ENV !== "production" ? " Nothing can be verified; check the PG settings in i'mport's console." : ""}`,
        ));
  if (error) {
    journal.remove(ctx.merchant_uid);
    return Promise.resolve(endedOutcome(ctx, impUid, error));
  }
  const id = impUid as string;
  onPhase?.("verifying");
  const key = `${ctx.type}:${id}`;
  // Asked again for a result already answered (or in flight): share it, and journal nothing new.
  const existing = settled.get(key);
  if (existing) return existing as Promise<OutcomeOf<K>>;
  journal.recordResult(ctx, id);
  const request = verifyRequestOf(ctx, id);
  p.emit({ type: "verify-start", request });
  const promise = p.verify(request).then(
    (answer) => {
      journal.remove(ctx.merchant_uid);
      p.emit({ type: "verify-ok", request, response: answer });
      return verifiedOutcome(ctx, id, answer, raw);
    },
    (cause: unknown) => {
      settled.delete(key);
      const failure = toError(cause, "VERIFY_FAILED", "Verification failed");
      p.emit({ type: "verify-error", request, error: failure });
      return endedOutcome(ctx, id, failure);
    },
  );
  settled.set(key, promise);
  return promise;
}

/** The body posted to the verify endpoint. */
export function verifyRequestOf(ctx: RequestContext, impUid: string): VerifyRequest {
  return {
    type: ctx.type,
    imp_uid: impUid,
    merchant_uid: ctx.merchant_uid,
    ...(ctx.type === "billing_key" && { customer_uid: ctx.customer_uid }),
  };
}

/** Verifies a journaled result again (after a reload or an outage) and reports it as `recovered`. */
export function recoverEntry(entry: JournalEntry & { imp_uid: string }, p: Pipeline): Promise<OutcomeOf<RequestKind>> {
  const promise = settleResult(entry, { imp_uid: entry.imp_uid }, p);
  void promise.then((outcome) =>
    p.emit({ type: "recovered", request: verifyRequestOf(entry, entry.imp_uid), outcome }),
  );
  return promise;
}

/** Finishes every journaled result whose verification never completed. */
export function recoverJournal(p: Pipeline): void {
  for (const entry of journal.unverified()) {
    if (!settled.has(`${entry.type}:${entry.imp_uid}`)) void recoverEntry(entry, p);
  }
}

/** Forgets settled verifications (tests only). */
export function resetSettled(): void {
  settled.clear();
}

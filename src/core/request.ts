import { callHandler, IamportError, toError } from "./errors";
import { readIamport } from "./loader";
import { endedOutcome, redirectingOutcome, type OutcomeOf, type RawResult, type RequestContext } from "./outcome";
import { runtime, type PageConfig } from "./runtime";
import { settleResult } from "./settle";
import { snapshotOf, type Phase, type RequestSnapshot } from "./snapshot";
import type { IMPGlobal, RequestKind } from "./types";

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

function prepare(spec: RequestSpec<RequestKind>, params: unknown, c: PageConfig): unknown {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return params;
  const { certification, ...paymentDefaults } = c.defaults ?? {};
  const merged: Record<string, unknown> = {
    ...(spec.kind === "certification" ? certification : paymentDefaults),
    ...params,
  };
  merged.m_redirect_url ??= c.redirectUrl ?? currentPageUrl();
  spec.prepare?.(merged);
  return merged;
}

/** Why a request cannot start, or null: configuration, params, and the page's one window. */
function refusal(c: PageConfig, spec: RequestSpec<RequestKind>, request: unknown): unknown {
  if (!c.userCode)
    return new IamportError(
      "NOT_CONFIGURED",
      `\`IamportProvider\` has no \`userCode\`.` +
        (process.env.NODE_ENV !== "production"
          ? " Pass your i'mport merchant code (imp########) before requesting."
          : ""),
    );
  if (c.tierCode !== undefined && !/^[A-Z0-9]{3}$/.test(c.tierCode))
    return new IamportError(
      "INVALID_PARAMS",
      `\`IamportProvider\`: \`tierCode\` must be 3 upper-case letters or digits (got ${JSON.stringify(c.tierCode)}).`,
      { field: "tierCode" },
    );
  try {
    spec.validate(request);
  } catch (error) {
    return error;
  }
  return null;
}

function openWindow(imp: IMPGlobal, kind: RequestKind, params: object): Promise<RawResult | typeof REDIRECTED> {
  return new Promise((resolve) => {
    // On mobile most PGs replace the page and the callback never runs: the page leaving is the only signal.
    const off = () => window.removeEventListener("pagehide", onHide);
    const done = (result: RawResult | typeof REDIRECTED) => (off(), resolve(result));
    const onHide = () => done(REDIRECTED);
    window.addEventListener("pagehide", onHide);
    const method = (kind === "certification" ? imp.certification : imp.request_pay) as
      ((params: object, callback: (rsp?: RawResult) => void) => void) | undefined;
    try {
      if (typeof method !== "function")
        throw new IamportError("SDK_LOAD_FAILED", "This i'mport SDK has no `IMP.certification`.");
      method.call(imp, { ...params }, (rsp) => done(rsp ?? {}));
    } catch (error) {
      off();
      throw error;
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
  c: PageConfig,
  onPhase: (phase: Phase) => void,
): Promise<OutcomeOf<K>> {
  const kind = spec.kind;
  const request = prepare(spec, params, c) as Record<string, unknown> | undefined;
  const ctx: RequestContext & { type: K } = {
    type: kind,
    merchant_uid: typeof request?.merchant_uid === "string" ? request.merchant_uid : "",
    customer_uid: kind === "billing_key" ? (request?.customer_uid as string | undefined) : undefined,
  };
  const end = (error: unknown) => endedOutcome(ctx, null, toError(error, "PAYMENT_FAILED", "i'mport failed"));
  const refused = refusal(c, spec, request);
  const release = refused ? null : runtime.acquireWindow();
  if (!release)
    return Promise.resolve(
      end(
        refused ??
          new IamportError(
            "BUSY",
            `Another i'mport window is open on this page.` +
              (process.env.NODE_ENV !== "production" ? " Wait for its outcome before opening a new one." : ""),
          ),
      ),
    );
  runtime.journal.start({ ...ctx, amount: typeof request?.amount === "number" ? request.amount : undefined });

  const open = (imp: IMPGlobal) => {
    runtime.init(imp, c.userCode as string, c.tierCode);
    onPhase("awaiting-payment");
    c.onEvent?.({ type: "request-open", request: ctx });
    return openWindow(imp, kind, request as object);
  };
  let opened: Promise<RawResult | typeof REDIRECTED>;
  const ready = readIamport();
  try {
    opened = ready ? Promise.resolve(open(ready)) : (onPhase("loading-sdk"), runtime.load(c).then(open));
  } catch (error) {
    opened = Promise.reject(error);
  }
  return opened.then(
    (raw) => {
      release();
      if (raw === REDIRECTED) {
        c.onEvent?.({ type: "redirect", request: ctx });
        return redirectingOutcome(ctx);
      }
      c.onEvent?.({ type: "callback", request: ctx, response: raw, source: "callback" });
      return settleResult(ctx, raw, c, onPhase);
    },
    (error: unknown) => {
      release();
      runtime.journal.remove(ctx.merchant_uid);
      return end(error);
    },
  );
}

/** A request made through a hook: observable (`subscribe`/`getSnapshot`), one at a time, supersedable. */
export interface RequestObserver<K extends RequestKind> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => RequestSnapshot<OutcomeOf<K>>;
  start: (params: unknown) => Promise<OutcomeOf<K>>;
  /** Posts a result whose verification failed (`VERIFY_FAILED`) once more; undefined when there is none. */
  retry: () => Promise<OutcomeOf<K>> | undefined;
  /** Back to idle; whatever is in flight no longer reaches the snapshot or `onOutcome`. */
  reset: () => void;
}

/**
 * Creates the observer a hook reads. Only the latest call counts: the result of one superseded by
 * `start`, `retry` or `reset` never overwrites the snapshot nor reaches `onOutcome`. A `start` refused while
 * this observer's request is pending (BUSY: its own window is open) only answers its caller.
 */
export function createRequest<K extends RequestKind>(
  spec: RequestSpec<K>,
  c: PageConfig,
  onOutcome: () => ((outcome: OutcomeOf<K>) => void) | undefined,
): RequestObserver<K> {
  const listeners = new Set<() => void>();
  let snapshot = snapshotOf<OutcomeOf<K>>(null, null);
  let generation = 0;
  const set = (phase: Phase | null, outcome: OutcomeOf<K> | null) => {
    if (phase === snapshot.phase && outcome === snapshot.outcome) return;
    snapshot = snapshotOf(phase, outcome);
    listeners.forEach((listener) => listener());
  };
  // `lazy`: the call counts only once it starts (reports a phase); refused (BUSY, invalid), it leaves the state alone.
  const track = (run: (onPhase: (phase: Phase) => void) => Promise<OutcomeOf<K>>, lazy?: boolean) => {
    let id = 0;
    const live = () => id === generation;
    const own = () => id || ((id = ++generation), set(null, null));
    if (!lazy) own();
    return run((phase) => (own(), live() && set(phase, null))).then((outcome) => {
      if (id && live()) {
        set(null, outcome);
        callHandler("onOutcome", onOutcome(), outcome);
        // Restored from the back-forward cache (the buyer pressed Back on the PG page): no result came, so idle.
        if (outcome.status === "redirecting")
          window.addEventListener("pageshow", (e) => e.persisted && live() && set(null, null), { once: true });
      }
      return outcome;
    });
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    // While this hook's request is pending, a second call that cannot start does not supersede it.
    start: (params) => track((onPhase) => startRequest(spec, params, c, onPhase), snapshot.isPending),
    retry() {
      const outcome = snapshot.outcome as (RequestContext & { imp_uid?: string | null }) | null;
      const impUid = outcome?.imp_uid;
      if (!impUid || snapshot.error?.code !== "VERIFY_FAILED") return undefined;
      const ctx = { type: spec.kind, merchant_uid: outcome.merchant_uid, customer_uid: outcome.customer_uid };
      return track((onPhase) => settleResult(ctx, { imp_uid: impUid }, c, onPhase));
    },
    reset() {
      generation++;
      set(null, null);
    },
  };
}

import type { OutcomeOf, RawResult, RequestContext } from "./outcome";
import { runtime, type PageConfig } from "./runtime";
import { recoverEntry, settleResult, verifyRequestOf } from "./settle";
import { snapshotOf, type Phase } from "./snapshot";
import type { RequestKind } from "./types";

const KEYS = ["imp_uid", "merchant_uid", "imp_success", "success", "error_code", "error_msg"] as const;

/**
 * The i'mport result in a return URL's query, or null when the page is not a return from i'mport. i'mport
 * always sends `merchant_uid` with `imp_uid` (empty on an early failure) or a result flag or error; a page's
 * own `?merchant_uid=` (an order page) is not a return, and is neither verified nor stripped.
 */
export function parseRedirect(search: string): RawResult | null {
  const query = new URLSearchParams(search);
  if (!query.has("merchant_uid") || !KEYS.some((key) => key !== "merchant_uid" && query.has(key))) return null;
  const raw: RawResult = {};
  for (const key of KEYS) {
    const value = query.get(key);
    if (value !== null) raw[key] = value;
  }
  return raw;
}

function stripRedirect(): void {
  const url = new URL(location.href);
  for (const key of KEYS) url.searchParams.delete(key);
  history.replaceState(history.state, "", url.pathname + url.search + url.hash);
}

/** Settles `run` as the page's redirect result, so every `useIamportRedirect` shows its phase and outcome. */
function track(
  kind: RequestKind,
  run: (onPhase: (phase: Phase) => void) => Promise<OutcomeOf<RequestKind>>,
): Promise<OutcomeOf<RequestKind>> {
  const set = (phase: Phase | null, outcome: OutcomeOf<RequestKind> | null) =>
    runtime.setRedirect({ ...snapshotOf(phase, outcome), kind });
  const page = runtime.page;
  set("verifying", null);
  return run((phase) => page === runtime.page && set(phase, null)).then((outcome) => {
    if (page === runtime.page) set(null, outcome);
    return outcome;
  });
}

/**
 * Finishes the i'mport result this page load brought, once per page whoever asks (every provider on mount,
 * `useIamportRedirect`, StrictMode): the result in the URL (its kind from the journal, `fallbackType`
 * otherwise) is reported, its keys removed from the URL and it is verified; without one, the newest result
 * the previous load journaled but never got an answer for. A page with neither stays idle.
 */
export function finishRedirect(c: PageConfig, fallbackType: RequestKind = "payment"): void {
  const { page, journal } = runtime;
  if (page.redirectChecked || typeof location === "undefined") return;
  page.redirectChecked = true;
  const raw = parseRedirect(location.search);
  if (raw) {
    const merchantUid = typeof raw.merchant_uid === "string" ? raw.merchant_uid : "";
    const entry = journal.get(merchantUid);
    const ctx: RequestContext = {
      type: entry?.type ?? fallbackType,
      merchant_uid: merchantUid,
      customer_uid: entry?.customer_uid,
    };
    c.onEvent?.({ type: "callback", request: ctx, response: raw, source: "redirect" });
    const settled = track(ctx.type, (onPhase) => settleResult(ctx, raw, c, onPhase));
    // The URL is the only copy when the journal could not store the result (quota, storage off): it stays until
    // a final answer, so a reload during an outage still finds it.
    const held = journal.persisted();
    if (held) stripRedirect();
    void settled.then((outcome) => {
      const still = parseRedirect(location.search)?.merchant_uid === merchantUid;
      if (!held && still && !("error" in outcome && outcome.error.retriable)) stripRedirect();
      const impUid = "imp_uid" in outcome && outcome.imp_uid;
      if (impUid) c.onEvent?.({ type: "recovered", request: verifyRequestOf(ctx, impUid), outcome });
    });
    return;
  }
  const entry = journal.unverified()[0];
  if (entry) void track(entry.type, (onPhase) => recoverEntry(entry, c, onPhase));
}

/**
 * Posts the page's redirect result again after its verification failed (`retry()` of `useIamportRedirect`); on a
 * reload, when the page has none, the `saved` one the return page kept in its history entry.
 */
export function retryRedirect(
  c: PageConfig,
  saved?: { kind: RequestKind; outcome: OutcomeOf<RequestKind> },
): Promise<OutcomeOf<RequestKind>> | undefined {
  const page = runtime.getRedirect();
  const { kind, outcome } = page.outcome ? page : (saved ?? page);
  if (!kind || !outcome || !("error" in outcome) || !outcome.imp_uid || outcome.error.code !== "VERIFY_FAILED")
    return undefined;
  const ctx = {
    type: kind,
    merchant_uid: outcome.merchant_uid,
    customer_uid: (outcome as Partial<RequestContext>).customer_uid,
  };
  const impUid = outcome.imp_uid;
  return track(kind, (onPhase) => settleResult(ctx, { imp_uid: impUid }, c, onPhase));
}

import { journal } from "./journal";
import type { OutcomeOf, RawResult } from "./outcome";
import { recoverEntry, settleResult, type Pipeline } from "./session";
import type { RequestKind } from "./types";

const KEYS = ["imp_uid", "merchant_uid", "imp_success", "success", "error_code", "error_msg"] as const;

/** The i'mport result in a return URL's query, or null when the page is not a return from i'mport. */
export function parseRedirect(search: string): RawResult | null {
  const query = new URLSearchParams(search);
  if (!query.has("imp_uid") && !query.has("merchant_uid")) return null;
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

let handled: { key: string; type: RequestKind; promise: Promise<OutcomeOf<RequestKind>> } | null = null;

/**
 * Settles the result i'mport put in this page's URL, once per page however often it is asked: journals it,
 * removes its keys from the URL, verifies it. The journal says what kind of request it was. After a reload
 * (keys already gone) it finishes the journaled result instead, so the return page still shows the outcome.
 */
export function settleRedirect(
  p: Pipeline,
  fallbackType: RequestKind = "payment",
): { type: RequestKind; promise: Promise<OutcomeOf<RequestKind>> } | null {
  if (typeof location === "undefined") return null;
  const raw = parseRedirect(location.search);
  if (raw) {
    const key = JSON.stringify(raw);
    if (handled?.key !== key) {
      const merchantUid = typeof raw.merchant_uid === "string" ? raw.merchant_uid : "";
      const entry = journal.get(merchantUid);
      const ctx = { type: entry?.type ?? fallbackType, merchant_uid: merchantUid, customer_uid: entry?.customer_uid };
      p.emit({ type: "callback", request: ctx, response: raw, source: "redirect" });
      handled = { key, type: ctx.type, promise: settleResult(ctx, raw, p) };
      stripRedirect();
    }
  } else if (!handled) {
    const entry = journal.unverified().sort((a, b) => b.startedAt - a.startedAt)[0];
    if (entry) handled = { key: `journal:${entry.imp_uid}`, type: entry.type, promise: recoverEntry(entry, p) };
  }
  return handled;
}

/** Forgets the handled return (tests only). */
export function resetRedirect(): void {
  handled = null;
}

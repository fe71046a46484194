import { IamportError, toError } from "./errors";
import type { JournalEntry } from "./journal";
import {
  endedOutcome,
  impUidOf,
  resultError,
  verifiedOutcome,
  type OutcomeOf,
  type RawResult,
  type RequestContext,
} from "./outcome";
import { runtime, type PageConfig } from "./runtime";
import type { Phase } from "./snapshot";
import type { RequestKind } from "./types";
import { verifyWithRetries, type VerifyRequest } from "./verify";

/** The body posted to the verify endpoint. */
export function verifyRequestOf(ctx: RequestContext, impUid: string): VerifyRequest {
  return {
    type: ctx.type,
    imp_uid: impUid,
    merchant_uid: ctx.merchant_uid,
    ...(ctx.type === "billing_key" && { customer_uid: ctx.customer_uid }),
  };
}

/**
 * Turns a callback or redirect result into an outcome: reported errors end it at once; anything else is
 * journaled and posted to the verify endpoint once per `imp_uid`, however many callers ask. The journal
 * entry goes once the server gave a final answer (2xx, 4xx); only an unreachable or failing server keeps it.
 */
export function settleResult<K extends RequestKind>(
  ctx: RequestContext & { type: K },
  raw: RawResult,
  c: PageConfig,
  onPhase?: (phase: Phase) => void,
): Promise<OutcomeOf<K>> {
  const { journal, page } = runtime;
  const impUid = impUidOf(raw);
  const error =
    resultError(raw) ??
    (impUid
      ? null
      : new IamportError(
          "PAYMENT_FAILED",
          `i'mport returned neither an \`imp_uid\` nor an error.` +
            (process.env.NODE_ENV !== "production"
              ? " Nothing can be verified; check the PG settings in i'mport's console."
              : ""),
        ));
  if (error) {
    journal.remove(ctx.merchant_uid, impUid);
    return Promise.resolve(endedOutcome(ctx, impUid, error));
  }
  const id = impUid as string;
  onPhase?.("verifying");
  const key = `${ctx.type}:${id}`;
  // Asked again for a result already answered (or in flight): share it, and journal nothing new.
  const existing = page.settled.get(key) as Promise<OutcomeOf<K>> | undefined;
  if (existing) return existing;
  journal.recordResult(ctx, id);
  const request = verifyRequestOf(ctx, id);
  c.onEvent?.({ type: "verify-start", request });
  const verify = () => verifyWithRetries(c.verify, request);
  const promise = (c.run ? c.run(["iamport", "verify", ctx.type, id], verify) : verify()).then(
    (answer) => {
      journal.remove(ctx.merchant_uid, id);
      c.onEvent?.({ type: "verify-ok", request, response: answer });
      return verifiedOutcome(ctx, id, answer, raw);
    },
    (cause: unknown) => {
      page.settled.delete(key);
      const failure = toError(cause, "VERIFY_FAILED", "Verification failed");
      if (!failure.retriable) journal.remove(ctx.merchant_uid, id);
      c.onEvent?.({ type: "verify-error", request, error: failure });
      return endedOutcome(ctx, id, failure);
    },
  );
  page.settled.set(key, promise);
  return promise;
}

/** Verifies a journaled result again (after a reload or an outage) and reports it as `recovered`. */
export function recoverEntry(
  entry: JournalEntry & { imp_uid: string },
  c: PageConfig,
  onPhase?: (phase: Phase) => void,
): Promise<OutcomeOf<RequestKind>> {
  const promise = settleResult(entry, { imp_uid: entry.imp_uid }, c, onPhase);
  void promise.then((outcome) =>
    c.onEvent?.({ type: "recovered", request: verifyRequestOf(entry, entry.imp_uid), outcome }),
  );
  return promise;
}

/** Finishes every journaled result whose verification never completed. */
export function recoverJournal(c: PageConfig): void {
  for (const entry of runtime.journal.unverified()) {
    if (!runtime.page.settled.has(`${entry.type}:${entry.imp_uid}`)) void recoverEntry(entry, c);
  }
}

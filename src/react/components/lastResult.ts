import { IamportError } from "../../core/errors";
import type {
  BillingKeyOutcome,
  CertificationOutcome,
  IamportErrorCode,
  PaymentOutcome,
  RequestKind,
} from "../../index";

export type AnyRequestOutcome = PaymentOutcome | BillingKeyOutcome | CertificationOutcome;

const KEY = "iamport-react:result";

interface Saved {
  kind: RequestKind;
  outcome: Record<string, unknown> & { error?: { code: IamportErrorCode; message: string; pgMessage?: string } };
}

/**
 * The return page's settled result, kept in this history entry's state: a reload (the URL is clean by then)
 * shows it again, while a later visit to the page (a new entry) starts empty.
 */
export function saveResult(kind: RequestKind, outcome: AnyRequestOutcome) {
  if (outcome.status === "redirecting") return;
  const { error, ...rest } = outcome as AnyRequestOutcome & { error?: IamportError };
  const saved: Saved = {
    kind,
    outcome: {
      ...rest,
      ...(error ? { error: { code: error.code, message: error.message, pgMessage: error.pgMessage } } : {}),
    },
  };
  try {
    const state: unknown = history.state;
    history.replaceState({ ...(state && typeof state === "object" ? state : {}), [KEY]: saved }, "");
  } catch {
    // A state the browser refuses to clone only costs the reload view.
  }
}

export function readResult(): { kind: RequestKind; outcome: AnyRequestOutcome } | null {
  if (typeof history === "undefined") return null;
  const state: unknown = history.state;
  const saved = state && typeof state === "object" ? (state as Record<string, Saved | undefined>)[KEY] : undefined;
  if (!saved || typeof saved.outcome?.status !== "string") return null;
  const { error, ...rest } = saved.outcome;
  const outcome = error
    ? { ...rest, error: new IamportError(error.code, error.message, { pgMessage: error.pgMessage }) }
    : rest;
  return { kind: saved.kind, outcome: outcome as AnyRequestOutcome };
}

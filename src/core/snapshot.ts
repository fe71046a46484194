import type { IamportError } from "./errors";

export type Phase = "loading-sdk" | "awaiting-payment" | "verifying";
export type RequestStatus = "idle" | "pending" | "success" | "error";

/** What a request hook shows. Only `phase` and `outcome` are state; the rest is derived from them. */
export interface RequestSnapshot<O> {
  status: RequestStatus;
  /** Where a pending request is. */
  phase: Phase | null;
  outcome: O | null;
  error: IamportError | null;
  isPending: boolean;
}

const SUCCESS = ["paid", "ready", "issued", "certified"];

/** Derives the hook state: a redirect is still pending (the result arrives on another page). */
export function snapshotOf<O extends { status: string; error?: IamportError }>(
  phase: Phase | null,
  outcome: O | null,
): RequestSnapshot<O> {
  const status: RequestStatus = phase
    ? "pending"
    : !outcome
      ? "idle"
      : outcome.status === "redirecting"
        ? "pending"
        : SUCCESS.includes(outcome.status)
          ? "success"
          : "error";
  return { status, phase, outcome, error: outcome?.error ?? null, isPending: status === "pending" };
}

import { useCallback, useEffect, useRef, useState } from "react";
import type { IamportError } from "../core/errors";
import type { OutcomeOf } from "../core/outcome";
import { settleResult, type Phase, type Pipeline } from "../core/session";
import type { RequestKind } from "../core/types";
import { useLatest } from "./useLatest";

export type RequestStatus = "idle" | "pending" | "success" | "error";

export interface RequestHookOptions<O> {
  /** Called with every outcome of a request made through this hook (not after `reset()` or unmount). */
  onOutcome?: (outcome: O) => void;
}

export interface RequestState<O> {
  status: RequestStatus;
  /** Where a pending request is. */
  phase: Phase | null;
  outcome: O | null;
  error: IamportError | null;
}

const IDLE: RequestState<never> = { status: "idle", phase: null, outcome: null, error: null };
const SUCCESS = ["paid", "ready", "issued", "certified"];

/** The hook status an outcome leaves behind: a redirect is still pending (the result arrives on another page). */
function stateOf<O extends { status: string }>(outcome: O): RequestState<O> {
  const error = "error" in outcome ? (outcome.error as IamportError) : null;
  const status = outcome.status === "redirecting" ? "pending" : SUCCESS.includes(outcome.status) ? "success" : "error";
  return { status, phase: null, outcome, error };
}

type Tracked = { imp_uid?: string | null; merchant_uid: string; customer_uid?: string; error?: IamportError };

/**
 * The state machine every request hook shares: tracks one request at a time, ignores results of superseded
 * ones (after `reset()` or unmount), and `retry()` posts a result whose verification failed once more.
 */
export function useOutcomeState<K extends RequestKind>(pipeline: Pipeline, options?: RequestHookOptions<OutcomeOf<K>>) {
  const [state, setState] = useState<RequestState<OutcomeOf<K>>>(IDLE);
  const optionsRef = useLatest(options);
  const generation = useRef(0);
  const kindRef = useRef<K | null>(null);

  useEffect(
    () => () => {
      // Unmounting supersedes whatever is in flight: its result must not reach state or `onOutcome`.
      generation.current++;
    },
    [],
  );

  const track = useCallback(
    (kind: K, run: (onPhase: (phase: Phase) => void) => Promise<OutcomeOf<K>>) => {
      const id = ++generation.current;
      const current = () => id === generation.current;
      kindRef.current = kind;
      setState({ ...IDLE, status: "pending" });
      return run((phase) => current() && setState((s) => ({ ...s, phase }))).then((outcome) => {
        if (current()) {
          setState(stateOf(outcome));
          optionsRef.current?.onOutcome?.(outcome);
        }
        return outcome;
      });
    },
    [optionsRef],
  );

  const outcomeRef = useLatest(state.outcome as Tracked | null);
  const retry = useCallback(() => {
    const kind = kindRef.current;
    const outcome = outcomeRef.current;
    if (!kind || !outcome?.imp_uid || outcome.error?.code !== "VERIFY_FAILED") return undefined;
    const ctx = { type: kind, merchant_uid: outcome.merchant_uid, customer_uid: outcome.customer_uid };
    const impUid = outcome.imp_uid;
    return track(kind, (onPhase) => settleResult(ctx, { imp_uid: impUid }, pipeline, onPhase));
  }, [outcomeRef, pipeline, track]);

  const reset = useCallback(() => {
    generation.current++;
    setState(IDLE);
  }, []);

  return { ...state, isPending: state.status === "pending", track, retry, reset };
}

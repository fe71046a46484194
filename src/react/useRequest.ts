import { useCallback, useEffect, useRef, useState } from "react";
import type { IamportError } from "../core/errors";
import type { OutcomeOf } from "../core/outcome";
import { settleResult, startRequest, type Phase, type RequestSpec } from "../core/session";
import type { RequestKind } from "../core/types";
import { useIamportContext } from "./context";
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
export function stateOf<O extends { status: string }>(outcome: O): RequestState<O> {
  const error = "error" in outcome ? (outcome.error as IamportError) : null;
  const status = outcome.status === "redirecting" ? "pending" : SUCCESS.includes(outcome.status) ? "success" : "error";
  return { status, phase: null, outcome, error };
}

/** The state machine shared by `usePayment`, `useBillingKey` and `useCertification`. */
export function useRequest<K extends RequestKind>(spec: RequestSpec<K>, hookName: string, options?: RequestHookOptions<OutcomeOf<K>>) {
  const kind = spec.kind;
  const { pipeline } = useIamportContext(hookName);
  const [state, setState] = useState<RequestState<OutcomeOf<K>>>(IDLE);
  const optionsRef = useLatest(options);
  const generation = useRef(0);

  useEffect(
    () => () => {
      // Unmounting supersedes whatever is in flight: its result must not reach state or `onOutcome`.
      generation.current++;
    },
    [],
  );

  const track = useCallback(
    (run: (onPhase: (phase: Phase) => void) => Promise<OutcomeOf<K>>) => {
      const id = ++generation.current;
      const current = () => id === generation.current;
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

  const request = useCallback((params: unknown) => track((onPhase) => startRequest(spec, params, pipeline, onPhase)), [spec, pipeline, track]);

  const retry = useCallback(() => {
    const last = state.outcome as { imp_uid?: string | null; merchant_uid: string; customer_uid?: string; error?: IamportError } | null;
    if (!last?.imp_uid || last.error?.code !== "VERIFY_FAILED") return undefined;
    const ctx = { type: kind, merchant_uid: last.merchant_uid, customer_uid: last.customer_uid };
    const impUid = last.imp_uid;
    return track((onPhase) => settleResult(ctx, { imp_uid: impUid }, pipeline, onPhase));
  }, [kind, pipeline, state.outcome, track]);

  const reset = useCallback(() => {
    generation.current++;
    setState(IDLE);
  }, []);

  return { ...state, isPending: state.status === "pending", request, retry, reset };
}

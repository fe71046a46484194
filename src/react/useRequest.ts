import { useCallback } from "react";
import type { OutcomeOf } from "../core/outcome";
import { startRequest, type RequestSpec } from "../core/session";
import type { RequestKind } from "../core/types";
import { useIamportContext } from "./context";
import { useOutcomeState, type RequestHookOptions } from "./useOutcomeState";

/** `usePayment`, `useBillingKey` and `useCertification`: one spec each over the shared state machine. */
export function useRequest<K extends RequestKind>(
  spec: RequestSpec<K>,
  hookName: string,
  options?: RequestHookOptions<OutcomeOf<K>>,
) {
  const { pipeline } = useIamportContext(hookName);
  const { track, ...state } = useOutcomeState<K>(pipeline, options);
  const request = useCallback(
    (params: unknown) => track(spec.kind, (onPhase) => startRequest(spec, params, pipeline, onPhase)),
    [spec, pipeline, track],
  );
  return { ...state, request };
}

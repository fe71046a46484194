import { useEffect, useState, useSyncExternalStore } from "react";
import type { OutcomeOf } from "../core/outcome";
import { createRequest, type RequestSpec } from "../core/request";
import type { RequestKind } from "../core/types";
import { useIamportContext } from "./context";
import { useLatest } from "./useLatest";

export interface RequestHookOptions<O> {
  /** Called with every outcome of a request made through this hook (not after `reset()` or unmount). */
  onOutcome?: (outcome: O) => void;
}

/**
 * `usePayment`, `useBillingKey` and `useCertification`: the core request observer, made once and read through
 * `useSyncExternalStore`. No state lives here; unmounting supersedes whatever is in flight.
 */
export function useRequest<K extends RequestKind>(
  spec: RequestSpec<K>,
  hookName: string,
  options?: RequestHookOptions<OutcomeOf<K>>,
) {
  const { config } = useIamportContext(hookName);
  const latest = useLatest(options);
  const [observer] = useState(() => createRequest(spec, config, () => latest.current?.onOutcome));
  const state = useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getSnapshot);
  useEffect(() => observer.reset, [observer]);
  return { ...state, request: observer.start, retry: observer.retry, reset: observer.reset };
}

import { useEffect, useState } from "react";
import type { OutcomeOf } from "../core/outcome";
import { settleRedirect } from "../core/redirect";
import type { RequestKind } from "../core/types";
import { useIamportContext } from "./context";
import { stateOf, type RequestHookOptions, type RequestState } from "./useRequest";
import { useLatest } from "./useLatest";

export interface RedirectOptions extends RequestHookOptions<OutcomeOf<RequestKind>> {
  /** What the return is for when the journal does not know the `merchant_uid` (another tab, storage off); default `payment`. */
  type?: RequestKind;
}

/**
 * On the `m_redirect_url` page: reads i'mport's result from the URL, verifies it exactly once and removes
 * its keys from the address bar. On a page without a result it stays `idle`.
 */
export function useIamportRedirect(options?: RedirectOptions) {
  const { pipeline } = useIamportContext("useIamportRedirect");
  const [state, setState] = useState<RequestState<OutcomeOf<RequestKind>>>({ status: "idle", phase: null, outcome: null, error: null });
  const optionsRef = useLatest(options);

  useEffect(() => {
    const promise = settleRedirect(pipeline, optionsRef.current?.type);
    if (!promise) return;
    let active = true;
    setState({ status: "pending", phase: "verifying", outcome: null, error: null });
    void promise.then((outcome) => {
      if (!active) return;
      setState(stateOf(outcome));
      optionsRef.current?.onOutcome?.(outcome);
    });
    return () => {
      active = false;
    };
  }, [pipeline, optionsRef]);

  return { ...state, isPending: state.status === "pending" };
}

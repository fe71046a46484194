import { useEffect, useState } from "react";
import type { OutcomeOf } from "../core/outcome";
import { settleRedirect } from "../core/redirect";
import type { RequestKind } from "../core/types";
import { useIamportContext } from "./context";
import { useLatest } from "./useLatest";
import { useOutcomeState, type RequestHookOptions } from "./useOutcomeState";

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
  const { track, ...state } = useOutcomeState<RequestKind>(pipeline, options);
  const typeRef = useLatest(options?.type);
  const [kind, setKind] = useState<RequestKind | null>(null);

  useEffect(() => {
    const settling = settleRedirect(pipeline, typeRef.current);
    if (!settling) return;
    setKind(settling.type);
    void track(settling.type, (onPhase) => (onPhase("verifying"), settling.promise));
  }, [pipeline, track, typeRef]);

  /** `kind`: what the returned result is (payment, billing key or certification), null on a page without one. */
  return { ...state, kind };
}

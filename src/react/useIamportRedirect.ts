import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { callHandler } from "../core/errors";
import type { OutcomeOf } from "../core/outcome";
import { finishRedirect, retryRedirect } from "../core/redirect";
import { IDLE_REDIRECT, runtime } from "../core/runtime";
import type { RequestKind } from "../core/types";
import { useIamportContext } from "./context";
import { useLatest } from "./useLatest";
import type { RequestHookOptions } from "./useRequest";

export interface RedirectOptions extends RequestHookOptions<OutcomeOf<RequestKind>> {
  /**
   * What the return is for when the journal does not know the `merchant_uid` (another tab, storage off);
   * default `payment`.
   */
  type?: RequestKind;
}

/**
 * On the `m_redirect_url` page: shows the i'mport result this page load brought, which the runtime verifies
 * exactly once and removes from the address bar (whether or not this hook is mounted). Idle on a page without one.
 */
export function useIamportRedirect(options?: RedirectOptions) {
  const { config } = useIamportContext("useIamportRedirect");
  const latest = useLatest(options);
  const state = useSyncExternalStore(runtime.subscribe, runtime.getRedirect, () => IDLE_REDIRECT);
  const reported = useRef<unknown>(null);
  const [actions] = useState(() => ({
    /** Checks a result whose confirmation failed again; after a reload, pass the one you kept (`saved`). */
    retry: (saved?: Parameters<typeof retryRedirect>[1]) => retryRedirect(config, saved),
    /** Back to idle for this page. */
    reset: () => runtime.setRedirect(IDLE_REDIRECT),
  }));

  useEffect(() => {
    // This hook mounts before its provider's effects run: its `type` is the fallback when the journal is silent.
    finishRedirect(config, latest.current?.type);
    const report = () => {
      const { outcome } = runtime.getRedirect();
      if (outcome && outcome !== reported.current) {
        reported.current = outcome;
        callHandler("onOutcome", latest.current?.onOutcome, outcome);
      }
    };
    report();
    const release = runtime.viewRedirect();
    const unsubscribe = runtime.subscribe(report);
    return () => (unsubscribe(), release());
  }, [config, latest]);

  const { kind, ...request } = state;
  return {
    ...request,
    ...actions,
    /** `kind`: what the returned result is (payment, billing key or certification), null on a page without one. */
    kind,
  };
}

import { MutationObserver, QueryClient, QueryClientContext } from "@tanstack/react-query";
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { isIamportError, toError, type IamportError } from "../core/errors";
import type { IamportEvent } from "../core/events";
import { ensureInit } from "../core/init";
import { DEFAULT_SDK_SRC, loadIamport, readIamport, type SdkOptions } from "../core/loader";
import type { IMPGlobal } from "../core/types";
import { recoverJournal, type Pipeline, type RequestDefaults } from "../core/session";
import {
  postVerify,
  verifyRetries,
  verifyRetryDelay,
  type VerifyConfig,
  type VerifyRequest,
  type VerifyResponse,
} from "../core/verify";
import { IamportContextProvider, type IamportContextValue, type Locale, type SdkStatus } from "./context";
import { useLatest } from "./useLatest";

const READY = { status: "ready", error: null } as const;

export interface IamportProviderProps {
  /** Your i'mport merchant code (`imp########`); `undefined` defers everything until it is known. */
  userCode: string | undefined;
  /** Sub-merchant tier code: initialises with `IMP.agency(userCode, tierCode)`. */
  tierCode?: string;
  /** Where every result is verified: `{ url }` of your endpoint, or a function. */
  verify: VerifyConfig;
  /** Default absolute `m_redirect_url`; default: the current page without its query. */
  redirectUrl?: string;
  /** Parameters merged under every request, e.g. `{ channelKey }`. */
  defaults?: RequestDefaults;
  /** Script URL, CSP nonce, timeout, and when to load: `eager` (default), `idle` or `lazy` (on the first request). */
  sdk?: SdkOptions & { load?: "eager" | "idle" | "lazy" };
  /** Language of component texts and error messages. */
  locale?: Locale;
  onEvent?: (event: IamportEvent) => void;
  children?: ReactNode;
}

/**
 * Holds the merchant configuration, loads the i'mport SDK once per page and finishes any result a reload
 * or redirect interrupted.
 *
 * @example
 * <IamportProvider userCode="imp12345678" verify={{ url: "/api/iamport/verify" }} defaults={{ channelKey }}>
 *   <Checkout />
 * </IamportProvider>
 */
export function IamportProvider(props: IamportProviderProps) {
  const latest = useLatest(props);
  const outerClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => new QueryClient());
  const queryClient = outerClient ?? ownClient;
  const clientRef = useLatest(queryClient);
  const [sdk, setSdk] = useState<{ status: SdkStatus; error: IamportError | null }>({ status: "idle", error: null });
  const inflight = useRef<Promise<IMPGlobal> | null>(null);
  const mounted = useRef(false);

  const emit = useCallback((event: IamportEvent) => latest.current.onEvent?.(event), [latest]);

  // The loader caches the page's one load; this only keeps its events and status to one per load.
  const load = useCallback(() => {
    const present = readIamport();
    if (!present && !inflight.current) {
      const options = latest.current.sdk;
      emit({ type: "sdk-load-start", src: options?.src ?? DEFAULT_SDK_SRC });
      setSdk({ status: "loading", error: null });
      inflight.current = loadIamport(options)
        .then(
          (imp) => (emit({ type: "sdk-load-ok" }), imp),
          (cause: unknown) => {
            const error = toError(cause, "SDK_LOAD_FAILED", "i'mport SDK");
            if (mounted.current) setSdk({ status: "error", error });
            emit({ type: "sdk-load-error", error });
            throw error;
          },
        )
        .finally(() => (inflight.current = null));
    }
    return (present ? Promise.resolve(present) : (inflight.current as Promise<IMPGlobal>)).then((imp) => {
      const { userCode, tierCode } = latest.current;
      if (userCode) ensureInit(imp, userCode, tierCode);
      if (mounted.current) setSdk(READY);
      return imp;
    });
  }, [emit, latest]);

  const [pipeline] = useState<Pipeline>(() => ({
    get userCode() {
      return latest.current.userCode;
    },
    get tierCode() {
      return latest.current.tierCode;
    },
    get redirectUrl() {
      return latest.current.redirectUrl;
    },
    get defaults() {
      return latest.current.defaults;
    },
    get sdk() {
      return latest.current.sdk;
    },
    load,
    emit,
    verify: (request: VerifyRequest) => {
      const config = latest.current.verify;
      const observer = new MutationObserver<VerifyResponse, IamportError, VerifyRequest>(clientRef.current, {
        mutationKey: ["iamport", "verify", request.type, request.imp_uid],
        mutationFn: (body) => postVerify(config, body),
        retry: (failures, error) => isIamportError(error) && error.retriable && failures < verifyRetries(config),
        retryDelay: (failures) => verifyRetryDelay(config, failures + 1),
        networkMode: "always",
      });
      return observer.mutate(request).finally(() => observer.reset());
    },
  }));

  const { userCode, tierCode } = props;
  const loadWhen = props.sdk?.load ?? "eager";
  useEffect(() => {
    if (!userCode || loadWhen === "lazy") return;
    if (loadWhen === "eager") {
      load().catch(() => undefined);
      return;
    }
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void load().catch(() => undefined));
    return () => cancel(handle);
  }, [userCode, tierCode, loadWhen, load]);

  useEffect(() => {
    mounted.current = true;
    if (userCode) recoverJournal(pipeline);
    // A page restored from the back-forward cache can keep i'mport's dialog covering it.
    const onShow = (event: PageTransitionEvent) => event.persisted && readIamport()?.close?.();
    window.addEventListener("pageshow", onShow);
    return () => {
      mounted.current = false;
      window.removeEventListener("pageshow", onShow);
    };
  }, [pipeline, userCode]);

  // After a failure the loader replaces the dead tag on the next load.
  const retry = useCallback(() => void load().catch(() => undefined), [load]);

  const value = useMemo<IamportContextValue>(
    () => ({ pipeline, status: sdk.status, error: sdk.error, retry, locale: props.locale ?? "ko" }),
    [pipeline, sdk, retry, props.locale],
  );
  return <IamportContextProvider value={value}>{props.children}</IamportContextProvider>;
}

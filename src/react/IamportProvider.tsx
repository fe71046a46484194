import { MutationObserver, QueryClient, QueryClientContext } from "@tanstack/react-query";
import { useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { callHandler } from "../core/errors";
import { readIamport } from "../core/loader";
import { finishRedirect } from "../core/redirect";
import { IDLE_SDK, runtime, type PageConfig } from "../core/runtime";
import { recoverJournal } from "../core/settle";
import { IamportContextProvider, type IamportContextValue, type Locale } from "./context";
import { useLatest } from "./useLatest";

export interface IamportProviderProps extends Omit<PageConfig, "run"> {
  /** Language of component texts and error messages. */
  locale?: Locale;
  children?: ReactNode;
}

/**
 * Holds the merchant configuration, loads the i'mport SDK once per page and finishes any result a reload
 * or redirect interrupted, including an i'mport result in the page's URL.
 *
 * @example
 * <IamportProvider userCode="imp12345678" verify={{ url: "/api/iamport/verify" }} defaults={{ channelKey }}>
 *   <Checkout />
 * </IamportProvider>
 */
export function IamportProvider(props: IamportProviderProps) {
  const latest = useLatest(props);
  const outer = useContext(QueryClientContext);
  const [own] = useState(() => new QueryClient());
  const client = useLatest(outer ?? own);
  // The runtime reads the merchant's configuration afresh at every use: the latest props, never stale.
  const [config] = useState<PageConfig>(() => {
    const run: PageConfig["run"] = (key, verify) =>
      new MutationObserver(client.current, {
        mutationKey: key,
        mutationFn: verify,
        networkMode: "always",
        retry: false,
      }).mutate();
    const onEvent: PageConfig["onEvent"] = (event) => callHandler("onEvent", latest.current.onEvent, event);
    return new Proxy({} as PageConfig, {
      get: (_, key: keyof PageConfig) => (key === "run" ? run : key === "onEvent" ? onEvent : latest.current[key]),
    });
  });
  const sdk = useSyncExternalStore(runtime.subscribe, runtime.getSdk, () => IDLE_SDK);
  const load = useCallback(() => void runtime.load(config).catch(() => undefined), [config]);

  const { userCode, tierCode } = props;
  const loadWhen = props.sdk?.load ?? "eager";
  useEffect(() => {
    if (!userCode || loadWhen === "lazy") return;
    if (loadWhen === "eager") return load();
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(load);
    return () => cancel(handle);
  }, [userCode, tierCode, loadWhen, load]);

  useEffect(() => {
    // Any provider finishes the page's i'mport result and the journal, once per page whoever else is mounted.
    finishRedirect(config);
    recoverJournal(config);
    // A page restored from the back-forward cache can keep i'mport's dialog covering it.
    const onShow = (event: PageTransitionEvent) => event.persisted && readIamport()?.close?.();
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, [config]);

  const value = useMemo<IamportContextValue>(
    () => ({ config, status: sdk.status, error: sdk.error, retry: load, locale: props.locale ?? "ko" }),
    [config, sdk, load, props.locale],
  );
  return <IamportContextProvider value={value}>{props.children}</IamportContextProvider>;
}

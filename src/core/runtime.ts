import { IamportError, toError } from "./errors";
import type { IamportEvent } from "./events";
import { journal } from "./journal";
import { DEFAULT_SDK_SRC, loadIamport, readIamport, type LoadSlot, type SdkOptions } from "./loader";
import type { OutcomeOf } from "./outcome";
import { snapshotOf, type RequestSnapshot } from "./snapshot";
import type { CertificationRequest, IMPGlobal, PaymentRequest, RequestKind } from "./types";
import type { VerifyConfig } from "./verify";

/** Fields merged under every request; `certification` holds those for identity verification. */
export type RequestDefaults = Partial<PaymentRequest> & { certification?: Partial<CertificationRequest> };

/** What a provider tells the runtime: the merchant's configuration, read afresh at every use. */
export interface PageConfig {
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
  onEvent?: (event: IamportEvent) => void;
  /** Runs one verification (the whole retry policy); the provider runs it as a TanStack Query mutation. */
  run?: <T>(key: unknown[], verify: () => Promise<T>) => Promise<T>;
}

export type SdkStatus = "idle" | "loading" | "ready" | "error";
export interface SdkState {
  status: SdkStatus;
  error: IamportError | null;
}

/** The i'mport result this page load found (in its URL, or journaled by the previous load). */
export interface RedirectState extends RequestSnapshot<OutcomeOf<RequestKind>> {
  kind: RequestKind | null;
}

export const IDLE_SDK: SdkState = { status: "idle", error: null };
const READY: SdkState = { status: "ready", error: null };
export const IDLE_REDIRECT: RedirectState = { ...snapshotOf<OutcomeOf<RequestKind>>(null, null), kind: null };

function pageState() {
  return {
    sdk: IDLE_SDK,
    load: { pending: null } as LoadSlot & { loading?: Promise<IMPGlobal> | null },
    init: null as { imp: IMPGlobal; key: string } | null,
    window: null as object | null,
    /** One verification per `type:imp_uid`, shared by every caller while in flight or once answered. */
    settled: new Map<string, Promise<OutcomeOf<RequestKind>>>(),
    /** Whether this page's URL has been read for an i'mport result. */
    redirectChecked: false,
    redirect: IDLE_REDIRECT,
    /** Hooks showing the redirect result; once the last leaves after the outcome, the result is spent. */
    viewers: 0,
    spent: false,
  };
}

/**
 * The page's runtime: everything page-global (the SDK script and its load, `IMP.init`, the one-window lock,
 * the journal, settled verifications, the redirect result) in one object, observable, with one `reset`.
 */
function createRuntime() {
  let page = pageState();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const runtime = {
    journal,
    get page() {
      return page;
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSdk: () => page.sdk,
    setSdk(state: SdkState) {
      if (page.sdk.status === state.status && page.sdk.error === state.error) return;
      page.sdk = state;
      notify();
    },
    getRedirect: () => (page.spent ? IDLE_REDIRECT : page.redirect),
    setRedirect(state: RedirectState) {
      page.redirect = state;
      notify();
    },
    /** Counts a hook showing the redirect result; the returned release may spend it. */
    viewRedirect() {
      const viewed = page;
      viewed.viewers++;
      return () => {
        viewed.viewers--;
        // StrictMode re-mounts in the same task: only a view that stays gone spends the result.
        setTimeout(() => viewed.viewers || !viewed.redirect.outcome || (viewed.spent = true));
      };
    },

    /**
     * `IMP.init(userCode)` or `IMP.agency(userCode, tierCode)` once per page per configuration: i'mport
     * tears down its frames on every init, so StrictMode re-mounts and extra providers must not repeat it.
     */
    init(imp: IMPGlobal, userCode: string, tierCode?: string): void {
      const key = tierCode ? `${userCode}/${tierCode}` : userCode;
      const current = page.init;
      if (current?.imp === imp && current.key === key) return;
      if (process.env.NODE_ENV !== "production" && current?.imp === imp) {
        console.warn(
          `[iamport-react] i'mport is re-initialised from \`${current.key}\` to \`${key}\`; every init resets ` +
            "i'mport's frames, so keep one `userCode`/`tierCode` per page.",
        );
      }
      if (tierCode) {
        if (typeof imp.agency !== "function")
          throw new IamportError("SDK_LOAD_FAILED", "`tierCode` needs `IMP.agency`, which this SDK lacks.");
        imp.agency(userCode, tierCode);
      } else imp.init(userCode);
      page.init = { imp, key };
    },

    /** Loads the SDK once per page (events and status once per load) and initialises it for `c`. */
    load(c: PageConfig): Promise<IMPGlobal> {
      const slot = page.load;
      const ready = (imp: IMPGlobal) => {
        if (c.userCode) runtime.init(imp, c.userCode, c.tierCode);
        if (slot === page.load) runtime.setSdk(READY);
        return imp;
      };
      const present = readIamport();
      // Already there (the merchant's own tag, a fake): ready at once, so no extra render follows.
      if (present) return new Promise((resolve) => resolve(ready(present)));
      if (!slot.loading) {
        c.onEvent?.({ type: "sdk-load-start", src: c.sdk?.src ?? DEFAULT_SDK_SRC });
        runtime.setSdk({ status: "loading", error: null });
        slot.late = () => {
          if (slot !== page.load || page.sdk.status !== "error") return;
          c.onEvent?.({ type: "sdk-load-ok" });
          runtime.setSdk(READY);
        };
        slot.loading = loadIamport(c.sdk, slot)
          .then(
            (imp) => (c.onEvent?.({ type: "sdk-load-ok" }), imp),
            (cause: unknown) => {
              const error = toError(cause, "SDK_LOAD_FAILED", "i'mport SDK");
              if (slot === page.load) runtime.setSdk({ status: "error", error });
              c.onEvent?.({ type: "sdk-load-error", error });
              throw error;
            },
          )
          .finally(() => (slot.loading = null));
      }
      return slot.loading.then(ready);
    },

    /** Takes the page's single i'mport window; returns a release function, or null when it is taken. */
    acquireWindow(): (() => void) | null {
      // i'mport keeps only the last parked request: a second window would replace the first one's callback.
      if (page.window) return null;
      const owner = page;
      const token = (owner.window = {});
      return () => void (owner.window === token && (owner.window = null));
    },

    /** Forgets everything page-global and empties the journal (tests only). */
    reset(): void {
      page = pageState();
      runtime.journal.clear();
      notify();
    },
  };
  return runtime;
}

/** This page's runtime. */
export const runtime = createRuntime();

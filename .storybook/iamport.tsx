import { http, HttpResponse, delay } from "msw";
import type { SetupWorker } from "msw/browser";
import { StrictMode, type ReactNode } from "react";
import { action } from "storybook/actions";
import { IamportProvider, type IamportProviderProps } from "iamport-react";
import type { FakeIamport, FakeOutcome } from "iamport-react/testing";
import { createVerifyHandlers, type VerifyHandlersOptions } from "iamport-react/testing/msw";
// Each story is a fresh page for the kit: the page runtime (SDK load, redirect result, window lock) starts over.
import { runtime } from "../src/core/runtime";

export const VERIFY_URL = "/api/iamport/verify";
const VBANK_DUE = "2026-12-31 23:59:59";

/** Per-story scripting of the simulated i'mport SDK and verify endpoint: `parameters.iamport`. */
export interface IamportStoryParameters {
  /** `fake` (default) loads the fake SDK file; `slow` never finishes loading; `broken` fails to load. */
  sdk?: "fake" | "slow" | "broken";
  /** How the simulated window ends; default `paid`. */
  outcome?: FakeOutcome;
  /** Show the clickable simulated window instead of answering by itself. */
  window?: boolean;
  delayMs?: number;
  /** Verify endpoint behaviour (order table, failFirst, unreachable, delayMs). `delayMs: -1` never answers. */
  verify?: VerifyHandlersOptions;
  provider?: Partial<IamportProviderProps>;
}

type Page = Window & { IMP?: unknown; __IAMPORT_FAKE__?: FakeIamport };

/** Each story starts on a clean page: no SDK, no open window, no journal, no i'mport keys in the URL. */
export function resetPage() {
  const page = window as Page;
  page.__IAMPORT_FAKE__?.closeAll();
  delete page.IMP;
  delete page.__IAMPORT_FAKE__;
  document.querySelectorAll("script[data-iamport-react]").forEach((script) => script.remove());
  document.querySelectorAll(".iamport-fake-window").forEach((node) => node.remove());
  sessionStorage.removeItem("iamport-react:journal");
  runtime.reset();
  // The return page keeps its last result in the history entry (for reloads); stories start without one.
  const state: unknown = history.state;
  if (state && typeof state === "object" && "iamport-react:result" in state) {
    const { ["iamport-react:result"]: _dropped, ...rest } = state as Record<string, unknown>;
    history.replaceState(rest, "");
  }
}

export function installHandlers(msw: Pick<SetupWorker, "use">, params: IamportStoryParameters = {}) {
  const { delayMs, ...verify } = params.verify ?? {};
  const handlers = createVerifyHandlers({ url: VERIFY_URL, ...verify, ...(delayMs === -1 ? {} : { delayMs }) });
  msw.use(
    ...(delayMs === -1 ? [http.post(VERIFY_URL, async () => delay("infinite"))] : handlers),
    http.get("/slow-iamport.js", async () => delay("infinite")),
    http.get("/broken-iamport.js", () => new HttpResponse("Not found", { status: 404 })),
  );
  return handlers;
}

function sdkSrc(params: IamportStoryParameters): string {
  if (params.sdk === "slow") return "/slow-iamport.js";
  if (params.sdk === "broken") return "/broken-iamport.js";
  const query = new URLSearchParams({ outcome: typeof params.outcome === "string" ? params.outcome : "paid" });
  if (params.window) query.set("window", "1");
  if (params.delayMs) query.set("delay", String(params.delayMs));
  return `/fake-iamport.js?${query}`;
}

const logEvent = action("iamport event");

export function IamportStory({
  params,
  locale,
  theme,
  children,
}: {
  params: IamportStoryParameters;
  locale: "ko" | "en";
  theme: "light" | "dark";
  children: ReactNode;
}) {
  return (
    <StrictMode>
      <div data-theme={theme} className="sb-canvas">
        <IamportProvider
          userCode="imp00000000"
          verify={{ url: VERIFY_URL, retryDelay: () => 300 }}
          sdk={{ src: sdkSrc(params), timeoutMs: 8000 }}
          locale={locale}
          onEvent={(event) => logEvent(event.type, event)}
          {...params.provider}
          // A fixed deposit deadline, so a virtual account looks the same on every day the catalogue is drawn
          defaults={{ vbank_due: VBANK_DUE, ...params.provider?.defaults }}
        >
          {children}
        </IamportProvider>
      </div>
    </StrictMode>
  );
}

// Built to `iamport-react/testing/fake-iamport.js`: loaded by a <script> tag in place of i'mport's CDN
// script, it installs the same fake, configured from its own URL (`?outcome=ready&window=1&delay=200`),
// overridable per page by `window.__IAMPORT_FAKE_CONFIG__ = "outcome=failed&popup=1"` (browser tests).
// `mobile=redirect` makes it return through `m_redirect_url` on mobile user agents, as real PGs do;
// `api=/path` registers every simulated record with a fake REST API there.
import { detectEnvironment } from "../core/env";
import { installFakeIamport, type FakeOutcome } from "./fakeIamport";

const script = document.currentScript as HTMLScriptElement | null;
const query = script ? new URL(script.src, location.href).searchParams : new URLSearchParams();
const override = (window as unknown as { __IAMPORT_FAKE_CONFIG__?: string }).__IAMPORT_FAKE_CONFIG__;
if (override) new URLSearchParams(override).forEach((value, key) => query.set(key, value));
const flag = (key: string) => query.has(key) && query.get(key) !== "0" && query.get(key) !== "false";

const fake = installFakeIamport({
  outcome: (query.get("outcome") ?? "paid") as FakeOutcome,
  window: flag("window"),
  popup: flag("popup"),
  delayMs: Number(query.get("delay") ?? 0),
  redirectAs: (query.get("redirectAs") ?? "paid") as "paid",
  redirect: flag("redirect") || (query.get("mobile") === "redirect" && detectEnvironment().mobile),
  registerUrl: query.get("api") ?? undefined,
});
(window as unknown as { __IAMPORT_FAKE__: typeof fake }).__IAMPORT_FAKE__ = fake;

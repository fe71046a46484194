// Built to `iamport-react/testing/fake-iamport.js`: loaded by a <script> tag in place of i'mport's CDN
// script, it installs the same fake, configured from its own URL (`?outcome=ready&window=1&delay=200`).
import { installFakeIamport, type FakeOutcome } from "./fakeIamport";

const script = document.currentScript as HTMLScriptElement | null;
const query = script ? new URL(script.src, location.href).searchParams : new URLSearchParams();
const flag = (key: string) => query.has(key) && query.get(key) !== "0" && query.get(key) !== "false";

const fake = installFakeIamport({
  outcome: (query.get("outcome") ?? "paid") as FakeOutcome,
  window: flag("window"),
  popup: flag("popup"),
  delayMs: Number(query.get("delay") ?? 0),
  redirectAs: (query.get("redirectAs") ?? "paid") as "paid",
});
(window as unknown as { __IAMPORT_FAKE__: typeof fake }).__IAMPORT_FAKE__ = fake;

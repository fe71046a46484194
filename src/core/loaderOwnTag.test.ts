import { inject } from "vitest";
import { loadIamport, type LoadSlot } from "./loader";

const origin = inject("scriptOrigin");

it("a merchant's own tag that already failed is not waited on until the timeout", async () => {
  const src = `${origin}/missing.js?case=own-dead`;
  const own = document.createElement("script");
  own.src = src;
  const failed = new Promise((r) => own.addEventListener("error", r));
  document.head.appendChild(own);
  await failed; // the merchant's tag is dead before the kit looks
  const slot: LoadSlot = {};
  const started = Date.now();
  const result = await loadIamport({ src, timeoutMs: 1500 }, slot).catch((e) => e);
  // A fresh tag replaces the dead one and fails at once, rather than SDK_TIMEOUT after the full timeout.
  expect(result.code).toBe("SDK_LOAD_FAILED");
  expect(Date.now() - started).toBeLessThan(1000);
});

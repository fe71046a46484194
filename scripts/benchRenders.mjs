// Counts how often a merchant's usePayment consumer renders through one paid flow, in jsdom with the
// built package, the fake SDK and a verify endpoint that answers after 5 ms. React schedules renders as it
// would in a browser (no act() batching the whole flow into one).
import { JSDOM } from "jsdom";

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

export async function renderCount() {
  const dom = new JSDOM("<!DOCTYPE html><div id=root></div>", {
    url: "http://127.0.0.1/checkout",
    pretendToBeVisual: true,
  });
  for (const key of [
    "window",
    "document",
    "navigator",
    "location",
    "history",
    "sessionStorage",
    "HTMLElement",
    "Node",
    "Event",
    "MutationObserver",
  ]) {
    Object.defineProperty(globalThis, key, { configurable: true, value: dom.window[key] });
  }
  const React = await import("react");
  const { createRoot } = await import("react-dom/client");
  const kit = await import("../dist/index.js");
  const { installFakeIamport } = await import("../dist/testing.js");
  installFakeIamport();
  let renders = 0;
  let pay;
  function Consumer() {
    renders++;
    const { requestPay, status, phase, outcome } = kit.usePayment();
    pay = requestPay;
    return React.createElement("p", null, status, phase, outcome?.status);
  }
  const verify = async () => (await tick(5), { status: "paid" });
  const root = createRoot(document.getElementById("root"));
  root.render(
    React.createElement(kit.IamportProvider, { userCode: "imp12345678", verify }, React.createElement(Consumer)),
  );
  await tick(20);
  const before = renders;
  const outcome = await pay({ merchant_uid: "bench-1", amount: 1000, pay_method: "card" });
  await tick(20);
  if (outcome.status !== "paid") throw new Error(`bench flow ended ${outcome.status}`);
  const flow = renders - before;
  root.unmount();
  return flow;
}

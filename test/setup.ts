import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { runtime } from "../src/core/runtime";
import { fakeLedger } from "../src/testing/ledger";
import { server } from "./msw";
import { removeFromPage } from "./page";

beforeAll(() =>
  server.listen({
    // jsdom loads <script> files over real HTTP from the test script server; let those through.
    onUnhandledRequest: (request, print) => {
      if (!new URL(request.url).pathname.endsWith(".js") && !request.url.includes("/__count")) print.error();
    },
  }),
);

// jsdom runs <script> files in its own Window object, while test code sees vitest's global; in a browser
// both are one object. Bridge the globals a loaded script defines so tests see what the page sees.
const SCRIPT_GLOBALS = ["IMP", "__IAMPORT_FAKE__", "__IAMPORT_REACT_FAKE_LEDGER__"];
beforeEach(() => {
  const page = (globalThis as unknown as { jsdom: { window: Record<string, unknown> } }).jsdom.window;
  for (const key of SCRIPT_GLOBALS) {
    Object.defineProperty(globalThis, key, {
      configurable: true,
      get: () => page[key],
      set: (value) => (page[key] = value),
    });
  }
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  for (const script of Array.from(document.querySelectorAll("script"))) script.remove();
  for (const key of ["IMP", "__IAMPORT_FAKE__"]) {
    delete (globalThis as Record<string, unknown>)[key];
    removeFromPage(key);
  }
  document.body.innerHTML = "";
  runtime.reset();
  fakeLedger().clear();
  history.replaceState(null, "", "/shop/checkout");
});

afterAll(() => server.close());

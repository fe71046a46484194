import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { usePayment } from "..";
import { installFakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { Checkout } from "../../test/Checkout";
import { server } from "../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../test/render";
import { http, HttpResponse } from "msw";
import { journal, JOURNAL_MAX, JOURNAL_TTL_MS } from "./journal";

const stored = () =>
  JSON.parse(sessionStorage.getItem("iamport-react:journal") ?? "{}") as Record<string, { imp_uid?: string }>;

/** What the storage breakers below undo after each test, before the shared teardown touches storage again. */
const undo: Array<() => void> = [];
afterEach(() => undo.splice(0).forEach((restore) => restore()));

/** `sessionStorage` full: every write throws QuotaExceededError until the test ends. */
function fillStorage() {
  const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  });
  undo.push(() => setItem.mockRestore());
}

/** Chrome with "Block all cookies", a sandboxed iframe: merely reading `window.sessionStorage` throws. */
function denyStorage() {
  const original = Object.getOwnPropertyDescriptor(globalThis, "sessionStorage");
  Object.defineProperty(globalThis, "sessionStorage", {
    configurable: true,
    get() {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    },
  });
  undo.push(() => void Object.defineProperty(globalThis, "sessionStorage", original!));
}

/** What i'mport puts in the URL when it sends the buyer back to a return page. */
const returnTo = (impUid: string, merchantUid: string) =>
  history.replaceState(null, "", `/shop/pay/return?imp_uid=${impUid}&merchant_uid=${merchantUid}&imp_success=true`);

describe("the pending-result journal", () => {
  it("records the request before the window opens, adds imp_uid on the result, clears it once verified", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL, delayMs: 30 });
    server.use(...verify);
    const fake = installFakeIamport({ window: true });
    renderWithIamport(<Checkout params={() => order()} />);
    fireEvent.click(screen.getByText("Pay"));
    expect(fake.calls.at(-1)?.method).toBe("request_pay");
    expect(stored()).toEqual({
      "order-1001": { type: "payment", merchant_uid: "order-1001", amount: 64900, startedAt: expect.any(Number) },
    });
    fireEvent.click(screen.getByText("승인 · Approve"));
    await waitFor(() => expect(screen.getByTestId("phase")).toHaveTextContent("verifying"));
    expect(stored()["order-1001"].imp_uid).toMatch(/^imp_/);
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("paid"));
    expect(sessionStorage.getItem("iamport-react:journal")).toBeNull();
  });

  it("keeps a result whose verification failed; the next provider finishes it once the endpoint is back", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
    installFakeIamport();
    const first = renderWithIamport(<Checkout params={() => order()} />);
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("error")).toHaveTextContent(/^VERIFY_FAILED/));
    expect(journal.unverified()).toEqual([
      expect.objectContaining({ merchant_uid: "order-1001", imp_uid: expect.stringMatching(/^imp_/) }),
    ]);
    first.unmount();

    const back = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...back);
    const recovered: string[] = [];
    renderWithIamport(<p>next page</p>, { onEvent: (e) => e.type === "recovered" && recovered.push(e.outcome.status) });
    await waitFor(() => expect(recovered).toEqual(["paid"]));
    expect(back.requests).toHaveLength(1);
    expect(journal.unverified()).toEqual([]);
  });

  it("lets retry() post a failed verification again from the same page", async () => {
    const handlers = createVerifyHandlers({ url: VERIFY_URL, respond: () => ({ status: "paid" }) });
    server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
    installFakeIamport();
    let retry: (() => unknown) | undefined;
    function Page() {
      const payment = usePayment();
      retry = payment.retry;
      return (
        <>
          <button onClick={() => void payment.requestPay(order())}>Pay</button>
          <output data-testid="outcome">{payment.outcome?.status}</output>
          <output data-testid="code">{payment.error?.code}</output>
        </>
      );
    }
    renderWithIamport(<Page />);
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("code")).toHaveTextContent("VERIFY_FAILED"));
    server.use(...handlers);
    await act(async () => void retry?.());
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("paid"));
    expect(handlers.requests).toHaveLength(1);
  });

  it("drops entries that never got a result after 30 minutes, and keeps those that did", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      journal.start({ type: "payment", merchant_uid: "abandoned" });
      journal.start({ type: "payment", merchant_uid: "answered" });
      journal.recordResult({ type: "payment", merchant_uid: "answered" }, "imp_1");
      vi.advanceTimersByTime(JOURNAL_TTL_MS + 1);
      expect(journal.get("abandoned")).toBeUndefined();
      expect(journal.get("answered")).toMatchObject({ imp_uid: "imp_1" });
    } finally {
      vi.useRealTimers();
    }
  });

  describe("when sessionStorage throws (private mode, quota)", () => {
    /** The buyer pays through the checkout page; resolves with the verify POSTs once the page shows "paid". */
    async function payOnce() {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("paid"));
      return verify.requests;
    }

    it("falls back to memory with a development warning and the payment still completes", async () => {
      fillStorage();
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      await expect(payOnce()).resolves.toHaveLength(1);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /cannot use `sessionStorage` \(.*The quota has been exceeded\.\); pending results are kept in memory/,
        ),
      );
    });

    it("keeps a returned result in the URL while the verify endpoint is down, so a reload still finds it", async () => {
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
      fillStorage();
      server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
      returnTo("imp_100000000001", "order-1001");
      renderWithIamport(<p>return</p>);
      await act(() => new Promise((r) => setTimeout(r, 300)));
      // What a reload would find: the URL and sessionStorage. One of them must still hold the result.
      const inStorage = (sessionStorage.getItem("iamport-react:journal") ?? "").includes("imp_100000000001");
      expect(location.search.includes("imp_100000000001") || inStorage).toBe(true);
    });

    it("cleans the return URL once the verify endpoint answered", async () => {
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
      fillStorage();
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      returnTo("imp_100000000002", "order-1002");
      renderWithIamport(<p>return</p>);
      await act(() => new Promise((r) => setTimeout(r, 100)));
      expect(verify.requests).toHaveLength(1);
      expect(location.search).toBe("");
    });

    it("mounts the provider and completes a payment from memory when reading sessionStorage throws", async () => {
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
      denyStorage();
      await expect(payOnce()).resolves.toHaveLength(1);
    });

    it("resolves requestPay, window released, when sessionStorage becomes unreadable after mount", async () => {
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      installFakeIamport();
      let pay!: (merchant_uid: string) => Promise<unknown>;
      function Page() {
        const { requestPay } = usePayment();
        pay = (merchant_uid) => requestPay(order({ merchant_uid }) as never);
        return null;
      }
      renderWithIamport(<Page />);
      denyStorage();
      await expect(pay("order-1")).resolves.toMatchObject({ status: "paid" });
      await expect(pay("order-2")).resolves.toMatchObject({ status: "paid" });
    });
  });

  describe("when its storage holds something this kit did not write", () => {
    const KEY = "iamport-react:journal";
    const sound = { type: "payment", merchant_uid: "order-ok", imp_uid: "imp_ok", startedAt: Date.now() };
    const poisoned = {
      "a null entry": null,
      "an entry with an unknown type": { type: "refund", merchant_uid: "x", imp_uid: "imp_x", startedAt: Date.now() },
      "an entry under a key that is not its merchant_uid": {
        type: "payment",
        merchant_uid: "order-other",
        imp_uid: "imp_y",
        startedAt: Date.now(),
      },
    };

    for (const [shape, entry] of Object.entries(poisoned)) {
      it(`drops ${shape} with a development warning, never posts it, and still recovers the sound entry`, async () => {
        const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
        const verify = createVerifyHandlers({ url: VERIFY_URL, respond: () => ({ status: "paid" }) });
        server.use(...verify);
        sessionStorage.setItem(KEY, JSON.stringify({ "order-ok": sound, poisoned: entry }));
        const recovered: string[] = [];
        renderWithIamport(<p>shop</p>, { onEvent: (e) => e.type === "recovered" && recovered.push(e.request.imp_uid) });
        await waitFor(() => expect(recovered).toEqual(["imp_ok"]));
        expect(verify.requests).toEqual([{ type: "payment", imp_uid: "imp_ok", merchant_uid: "order-ok" }]);
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped "poisoned"'));
        // Nothing is left to post on the next load.
        expect(sessionStorage.getItem(KEY)).toBeNull();
      });
    }

    it("replaces corrupt JSON and keeps journaling in sessionStorage, so a result survives the reload", async () => {
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
      sessionStorage.setItem(KEY, "{not json");
      server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(screen.getByTestId("error")).toHaveTextContent(/^VERIFY_FAILED/));
      expect(stored()["order-1001"].imp_uid).toMatch(/^imp_/);
    });

    it("keeps at most JOURNAL_MAX entries, the newest", () => {
      for (let i = 0; i < JOURNAL_MAX + 5; i++) journal.start({ type: "payment", merchant_uid: `order-${i}` });
      expect(Object.keys(stored())).toHaveLength(JOURNAL_MAX);
      expect(journal.get(`order-${JOURNAL_MAX + 4}`)).toBeDefined();
    });
  });

  it("writes to sessionStorage again once a quota error has passed, so the result survives a reload", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const setItem = Storage.prototype.setItem;
    const spy = vi.spyOn(Storage.prototype, "setItem").mockImplementationOnce(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
    installFakeIamport();
    renderWithIamport(<Checkout params={() => order()} />);
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("error")).toHaveTextContent(/^VERIFY_FAILED/));
    expect(spy.mock.calls.length).toBeGreaterThan(1);
    expect(setItem).toBeDefined();
    expect(stored()["order-1001"].imp_uid).toMatch(/^imp_/);
  });

  describe("under a merchant_uid that already holds an unverified result", () => {
    const held = () => ({
      type: "payment" as const,
      merchant_uid: "order-1001",
      imp_uid: "imp_held",
      startedAt: Date.now(),
    });

    it("leaves an order page's own ?merchant_uid= alone and still finishes the held result", async () => {
      sessionStorage.setItem("iamport-react:journal", JSON.stringify({ "order-1001": held() }));
      history.replaceState(null, "", "/orders?merchant_uid=order-1001&tab=items");
      const verify = createVerifyHandlers({ url: VERIFY_URL, respond: () => ({ status: "paid" }) });
      server.use(...verify);
      const events: string[] = [];
      renderWithIamport(<p>order page</p>, { onEvent: (e) => events.push(e.type) });
      await waitFor(() => expect(events).toContain("recovered"));
      expect(verify.requests).toEqual([{ type: "payment", imp_uid: "imp_held", merchant_uid: "order-1001" }]);
      expect(events).not.toContain("callback");
      expect(location.pathname + location.search).toBe("/orders?merchant_uid=order-1001&tab=items");
    });

    it("keeps it through a return that failed without an imp_uid, and verifies it", async () => {
      sessionStorage.setItem("iamport-react:journal", JSON.stringify({ "order-1001": held() }));
      history.replaceState(null, "", "/pay/return?merchant_uid=order-1001&imp_success=false&error_msg=limit");
      const verify = createVerifyHandlers({ url: VERIFY_URL, respond: () => ({ status: "paid" }) });
      server.use(...verify);
      const recovered: string[] = [];
      renderWithIamport(<p>return</p>, { onEvent: (e) => e.type === "recovered" && recovered.push(e.request.imp_uid) });
      await waitFor(() => expect(recovered).toEqual(["imp_held"]));
      expect(verify.requests).toHaveLength(1);
      expect(location.search).toBe("");
    });

    it("keeps it when the next attempt under that merchant_uid is declined, so the next load verifies it", async () => {
      sessionStorage.setItem("iamport-react:journal", JSON.stringify({ "order-1001": held() }));
      server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
      const first = renderWithIamport(<p>shop</p>);
      await waitFor(() => expect(stored()["order-1001"]?.imp_uid).toBe("imp_held"));
      first.unmount();
      installFakeIamport({ outcome: "failed" });
      const page = renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("failed"));
      expect(stored()["order-1001"]?.imp_uid).toBe("imp_held");
      page.unmount();

      const back = createVerifyHandlers({ url: VERIFY_URL, respond: () => ({ status: "paid" }) });
      server.use(...back);
      renderWithIamport(<p>next page</p>);
      await waitFor(() =>
        expect(back.requests).toEqual([{ type: "payment", imp_uid: "imp_held", merchant_uid: "order-1001" }]),
      );
    });
  });

  it("forgets a result once the server gave a final 4xx answer, so no later load posts it again", async () => {
    let posts = 0;
    server.use(http.post(VERIFY_URL, () => (posts++, HttpResponse.json({ error: "unknown order" }, { status: 404 }))));
    installFakeIamport();
    const first = renderWithIamport(<Checkout params={() => order()} />);
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("error")).toHaveTextContent("HTTP 404"));
    expect(posts).toBe(1);
    expect(sessionStorage.getItem("iamport-react:journal")).toBeNull();
    first.unmount();
    renderWithIamport(<p>next page</p>);
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(posts).toBe(1);
  });
});

import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { StrictMode } from "react";
import { inject } from "vitest";
import { IamportProvider, usePayment, type IamportEvent, type PaymentOutcome } from "..";
import { installFakeIamport, type FakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { Checkout } from "../../test/Checkout";
import { server } from "../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../test/render";

const origin = inject("scriptOrigin");
const text = (id: string) => screen.getByTestId(id).textContent;
const payCalls = (fake: FakeIamport) => fake.calls.filter((c) => c.method === "request_pay");

describe("usePayment", () => {
  describe("without a provider", () => {
    it("throws the kit's misuse message", () => {
      vi.spyOn(console, "error").mockImplementation(() => undefined);
      expect(() => renderHook(() => usePayment())).toThrow("`usePayment` must be used within `<IamportProvider>`.");
    });
  });

  describe("in StrictMode", () => {
    it("injects one script, initialises once and opens one window", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      renderWithIamport(
        <Checkout params={() => order()} />,
        { sdk: { src: `${origin}/fake-iamport.js?strict=1` } },
        { strict: true },
      );
      await waitFor(() => expect((window as { IMP?: unknown }).IMP).toBeDefined());
      const fake = (window as unknown as { __IAMPORT_FAKE__: FakeIamport }).__IAMPORT_FAKE__;
      await waitFor(() => expect(fake.calls.filter((c) => c.method === "init")).toHaveLength(1));
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(document.querySelectorAll("script")).toHaveLength(1);
      expect(fake.calls.map((c) => c.method)).toEqual(["init", "request_pay"]);
      expect(verify.requests).toHaveLength(1);
    });
  });

  describe("callback identity", () => {
    it("keeps requestPay, reset and retry stable across renders and uses the latest onOutcome", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      installFakeIamport();
      const first = vi.fn();
      const second = vi.fn();
      const { result, rerender } = renderHook(({ onOutcome }) => usePayment({ onOutcome }), {
        initialProps: { onOutcome: first },
        wrapper: ({ children }) => (
          <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }}>
            {children}
          </IamportProvider>
        ),
      });
      const { requestPay, reset, retry } = result.current;
      rerender({ onOutcome: second });
      expect(result.current.requestPay).toBe(requestPay);
      expect(result.current.reset).toBe(reset);
      expect(result.current.retry).toBe(retry);
      await act(() => result.current.requestPay(order()));
      expect(result.current.outcome?.status).toBe("paid");
      expect([result.current.requestPay, result.current.reset, result.current.retry]).toEqual([
        requestPay,
        reset,
        retry,
      ]);
      expect(first).not.toHaveBeenCalled();
      expect(second).toHaveBeenCalledWith(expect.objectContaining({ status: "paid" }));
    });
  });

  describe("when the buyer pays", () => {
    it("calls request_pay inside the click handler, before any await", () => {
      const fake = installFakeIamport({ window: true });
      let callsDuringClick = -1;
      function Button() {
        const { requestPay } = usePayment();
        return (
          <button
            onClick={() => {
              void requestPay(order());
              callsDuringClick = payCalls(fake).length;
            }}
          >
            Pay
          </button>
        );
      }
      renderWithIamport(<Button />);
      fireEvent.click(screen.getByText("Pay"));
      expect(callsDuringClick).toBe(1);
    });

    it("sends the params, a default m_redirect_url and the provider defaults to i'mport", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      const fake = installFakeIamport();
      history.replaceState(null, "", "/shop/checkout?step=pay#summary");
      renderWithIamport(<Checkout params={() => order()} />, {
        defaults: { channelKey: "channel-key-1", pay_method: "trans" },
      });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(payCalls(fake)[0].args[0]).toEqual({
        ...order(),
        channelKey: "channel-key-1",
        m_redirect_url: "http://127.0.0.1/shop/checkout",
      });
    });

    it("prefers the request's m_redirect_url, then the provider's redirectUrl", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      const fake = installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />, { redirectUrl: "https://shop.example/pay/return" });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      fireEvent.click(screen.getByText("Reset"));
      cleanupAndRender(
        <Checkout params={() => order({ merchant_uid: "order-1002", m_redirect_url: "https://shop.example/own" })} />,
      );
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(payCalls(fake).map((c) => (c.args[0] as { m_redirect_url: string }).m_redirect_url)).toEqual([
        "https://shop.example/pay/return",
        "https://shop.example/own",
      ]);
    });

    it("posts the result to the verify endpoint and resolves paid only after the server says so", async () => {
      const verify = createVerifyHandlers({
        url: VERIFY_URL,
        orders: { "order-1001": { amount: 64900 } },
        delayMs: 30,
      });
      server.use(...verify);
      installFakeIamport();
      const events: IamportEvent["type"][] = [];
      renderWithIamport(<Checkout params={() => order()} />, { onEvent: (e) => events.push(e.type) });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("phase")).toBe("verifying"));
      expect(text("status")).toBe("pending");
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(text("status")).toBe("success");
      expect(text("returned")).toBe("paid");
      expect(verify.requests).toEqual([
        { type: "payment", imp_uid: expect.stringMatching(/^imp_\d{12}$/), merchant_uid: "order-1001" },
      ]);
      expect(events).toEqual(["request-open", "callback", "verify-start", "verify-ok"]);
    });

    it("reports an issued virtual account as ready with its deposit details", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      installFakeIamport({ outcome: "ready" });
      let outcome: PaymentOutcome | undefined;
      renderWithIamport(<Checkout params={() => order({ pay_method: "vbank" })} onOutcome={(o) => (outcome = o)} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("ready"));
      expect(outcome).toMatchObject({
        status: "ready",
        vbank: { vbank_num: "T1234-5678-9012", vbank_name: "국민은행", vbank_holder: "(주)아임포트테스트" },
      });
    });

    it("does not trust success flags: a callback saying success:false is still verified", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL, respond: () => ({ status: "paid" }) });
      server.use(...verify);
      installFakeIamport({ outcome: () => ({ imp_uid: "imp_000000000001", success: false, imp_success: "false" }) });
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(verify.requests).toHaveLength(1);
    });
  });

  describe("when i'mport reports an error", () => {
    it("ends as failed with the PG's code and message verbatim, without posting", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      installFakeIamport({ outcome: "failed" });
      let outcome: PaymentOutcome | undefined;
      renderWithIamport(<Checkout params={() => order()} onOutcome={(o) => (outcome = o)} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("failed"));
      expect(text("status")).toBe("error");
      expect(outcome).toMatchObject({
        status: "failed",
        error: { code: "PAYMENT_FAILED", pgCode: "F0004", pgMessage: "[F0004] 카드 한도가 초과되었습니다" },
      });
      expect(verify.requests).toHaveLength(0);
    });

    it("ends as cancelled when the buyer closed the window, even with success:true", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      installFakeIamport({
        outcome: () => ({ imp_uid: null, success: true, error_msg: "사용자가 결제를 취소하셨습니다" }),
      });
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("cancelled"));
      expect(text("error")).toBe("CANCELLED: 사용자가 결제를 취소하셨습니다");
      expect(verify.requests).toHaveLength(0);
    });

    it("fails when i'mport returns neither imp_uid nor error", async () => {
      installFakeIamport({ outcome: () => ({ imp_uid: null }) });
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("failed"));
      expect(text("error")).toMatch(/^PAYMENT_FAILED: .*imp_uid/);
    });
  });

  describe("when the verify endpoint misbehaves", () => {
    it("retries 5xx with the same body and succeeds when it comes back", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL, failFirst: 2 });
      server.use(...verify);
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(verify.requests).toHaveLength(3);
      expect(new Set(verify.requests.map((r) => JSON.stringify(r))).size).toBe(1);
    });

    it("does not retry a 4xx and ends as VERIFY_FAILED", async () => {
      let posts = 0;
      server.use(http.post(VERIFY_URL, () => (posts++, HttpResponse.json({ error: "bad" }, { status: 422 }))));
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("failed"));
      expect(text("error")).toMatch(/^VERIFY_FAILED: .*HTTP 422/);
      expect(posts).toBe(1);
    });

    it("ends as VERIFY_FAILED after the retries when the endpoint stays unreachable", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL, unreachable: true });
      server.use(...verify);
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("failed"));
      expect(text("error")).toMatch(/^VERIFY_FAILED: .*could not be reached/);
      expect(verify.requests).toHaveLength(5);
    });

    it("ends as VERIFY_FAILED for an answer without JSON or without a known status", async () => {
      installFakeIamport();
      server.use(
        http.post(VERIFY_URL, () => new HttpResponse("<html>ok</html>", { headers: { "content-type": "text/html" } })),
      );
      // Each a new order: i'mport refuses a second payment for a merchant_uid that was paid.
      let n = 0;
      renderWithIamport(<Checkout params={() => order({ merchant_uid: `order-${++n}` })} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("error")).toMatch(/^VERIFY_FAILED: .*without JSON/));
      server.use(http.post(VERIFY_URL, () => HttpResponse.json({ status: "ok" })));
      fireEvent.click(screen.getByText("Reset"));
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("error")).toMatch(/^VERIFY_FAILED: .*known `status` \(got "ok"\)/));
    });

    it("ends as VERIFY_REJECTED with the server's message on forgery", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL, orders: { "order-1001": { amount: 100 } } }));
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("failed"));
      expect(text("error")).toBe(
        "VERIFY_REJECTED: The paid amount does not match the order; the payment was cancelled.",
      );
    });

    it("uses a verify function instead of a URL", async () => {
      installFakeIamport();
      const verifyFn = vi.fn(async () => ({ status: "paid" as const }));
      renderWithIamport(<Checkout params={() => order()} />, { verify: verifyFn });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(verifyFn).toHaveBeenCalledWith({
        type: "payment",
        imp_uid: expect.any(String),
        merchant_uid: "order-1001",
      });
    });
  });

  describe("one window per page", () => {
    it("ends a second request as BUSY and opens nothing", async () => {
      const fake = installFakeIamport({ window: true });
      const { result } = renderHook(() => [usePayment(), usePayment()] as const, {
        wrapper: ({ children }) => (
          <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }}>
            {children}
          </IamportProvider>
        ),
      });
      let second: PaymentOutcome | undefined;
      act(() => {
        void result.current[0].requestPay(order());
        void result.current[1].requestPay(order({ merchant_uid: "order-2" })).then((o) => (second = o));
      });
      await waitFor(() => expect(second).toMatchObject({ status: "failed", error: { code: "BUSY" } }));
      expect(payCalls(fake)).toHaveLength(1);
      expect(document.querySelectorAll(".iamport-fake-window")).toHaveLength(1);
    });

    it("keeps showing the open window's payment when the same button is clicked twice", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      const fake = installFakeIamport({ delayMs: 20 });
      const onOutcome = vi.fn();
      renderWithIamport(<Checkout params={() => order()} onOutcome={onOutcome} />);
      fireEvent.click(screen.getByText("Pay"));
      fireEvent.click(screen.getByText("Pay"));
      expect(text("phase")).toBe("awaiting-payment");
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(text("error")).toBe("");
      expect(payCalls(fake)).toHaveLength(1);
      expect(onOutcome).toHaveBeenCalledTimes(1);
      expect(onOutcome).toHaveBeenCalledWith(expect.objectContaining({ status: "paid" }));
    });
  });

  describe("superseded requests", () => {
    it("ignores a result that arrives after reset()", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      installFakeIamport({ delayMs: 30 });
      const onOutcome = vi.fn();
      renderWithIamport(<Checkout params={() => order()} onOutcome={onOutcome} />);
      fireEvent.click(screen.getByText("Pay"));
      fireEvent.click(screen.getByText("Reset"));
      await waitFor(() => expect(text("returned")).toBe("paid"));
      expect(text("status")).toBe("idle");
      expect(text("outcome")).toBe("");
      expect(onOutcome).not.toHaveBeenCalled();
    });

    it("ignores a result that arrives after unmount", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      installFakeIamport({ delayMs: 10 });
      const onOutcome = vi.fn();
      const { unmount } = renderWithIamport(<Checkout params={() => order()} onOutcome={onOutcome} />);
      fireEvent.click(screen.getByText("Pay"));
      unmount();
      await new Promise((r) => setTimeout(r, 60));
      expect(onOutcome).not.toHaveBeenCalled();
    });
  });

  describe("when the page leaves for the PG (mobile redirect)", () => {
    it("resolves redirecting and keeps the request journaled", async () => {
      installFakeIamport({ outcome: "redirect", navigate: () => window.dispatchEvent(new Event("pagehide")) });
      const events: string[] = [];
      renderWithIamport(<Checkout params={() => order()} />, { onEvent: (e) => events.push(e.type) });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("redirecting"));
      expect(text("status")).toBe("pending");
      expect(events).toContain("redirect");
      expect(JSON.parse(sessionStorage.getItem("iamport-react:journal") ?? "{}")).toMatchObject({
        "order-1001": { type: "payment", amount: 64900 },
      });
    });
  });

  describe("when the SDK is not loaded yet", () => {
    it("loads it on the first request with sdk.load lazy, passing through loading-sdk", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL, delayMs: 20 }));
      const phases: string[] = [];
      function Probe() {
        const { requestPay, phase, outcome } = usePayment();
        if (phase && phases.at(-1) !== phase) phases.push(phase);
        return (
          <>
            <button onClick={() => void requestPay(order())}>Pay</button>
            <output data-testid="outcome">{outcome?.status ?? ""}</output>
          </>
        );
      }
      renderWithIamport(<Probe />, { sdk: { src: `${origin}/fake-iamport.js?lazy=1`, load: "lazy" } });
      await new Promise((r) => setTimeout(r, 20));
      expect(document.querySelectorAll("script")).toHaveLength(0);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(phases).toEqual(["loading-sdk", "awaiting-payment", "verifying"]);
      expect(document.querySelectorAll("script")).toHaveLength(1);
    });

    it("ends as SDK_LOAD_FAILED when the script cannot load", async () => {
      renderWithIamport(<Checkout params={() => order()} />, {
        sdk: { src: `${origin}/missing.js?pay=1`, load: "lazy" },
      });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("failed"));
      expect(text("error")).toMatch(/^SDK_LOAD_FAILED: /);
    });
  });

  describe("deferred configuration", () => {
    it("stays idle without userCode and ends requests as NOT_CONFIGURED", async () => {
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />, {
        userCode: undefined,
        sdk: { src: `${origin}/fake-iamport.js?deferred=1` },
      });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("failed"));
      expect(text("error")).toMatch(/^NOT_CONFIGURED: /);
      expect(document.querySelectorAll("script")).toHaveLength(0);
    });
  });

  describe("sub-merchants", () => {
    it("initialises with IMP.agency(userCode, tierCode)", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      const fake = installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />, { tierCode: "A01" });
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(fake.calls.filter((c) => c.method !== "request_pay")).toEqual([
        { method: "agency", args: ["imp12345678", "A01"], at: expect.any(Number) },
      ]);
    });
  });
});

function cleanupAndRender(ui: React.ReactElement) {
  document.body.innerHTML = "";
  return render(
    <StrictMode>
      <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }}>
        {ui}
      </IamportProvider>
    </StrictMode>,
  );
}

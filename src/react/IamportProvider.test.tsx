import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { inject } from "vitest";
import { IamportProvider, useIamport, type IamportEvent } from "..";
import { installFakeIamport, type FakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { Checkout } from "../../test/Checkout";
import { server } from "../../test/msw";
import { removeFromPage } from "../../test/page";
import { order, VERIFY_URL } from "../../test/render";

const origin = inject("scriptOrigin");
const scriptFake = () => (window as unknown as { __IAMPORT_FAKE__: FakeIamport }).__IAMPORT_FAKE__;

function Status() {
  const { status, error, retry } = useIamport();
  return (
    <>
      <output data-testid="sdk">{status}</output>
      <output data-testid="sdk-error">{error?.code ?? ""}</output>
      <button onClick={retry}>Retry</button>
    </>
  );
}

describe("IamportProvider", () => {
  describe("without a provider", () => {
    it("useIamport throws the kit's misuse message", () => {
      vi.spyOn(console, "error").mockImplementation(() => undefined);
      expect(() => renderHook(() => useIamport())).toThrow("`useIamport` must be used within `<IamportProvider>`.");
    });
  });

  describe("in StrictMode", () => {
    it("injects one script and initialises once, even with two providers", async () => {
      const src = `${origin}/fake-iamport.js?two-providers=1`;
      render(
        <StrictMode>
          <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }} sdk={{ src }}>
            <Status />
          </IamportProvider>
          <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }} sdk={{ src }} />
        </StrictMode>,
      );
      await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
      expect(document.querySelectorAll("script")).toHaveLength(1);
      expect(scriptFake().calls).toEqual([{ method: "init", args: ["imp12345678"], at: expect.any(Number) }]);
    });
  });

  it("reports loading then ready, with load events", async () => {
    const events: IamportEvent[] = [];
    const src = `${origin}/fake-iamport.js?events=1`;
    render(
      <IamportProvider
        userCode="imp12345678"
        verify={{ url: VERIFY_URL }}
        sdk={{ src }}
        onEvent={(e) => events.push(e)}
      >
        <Status />
      </IamportProvider>,
    );
    expect(screen.getByTestId("sdk")).toHaveTextContent("loading");
    await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
    expect(events).toEqual([{ type: "sdk-load-start", src }, { type: "sdk-load-ok" }]);
  });

  it("uses a window.IMP that is already there and injects nothing", async () => {
    const fake = installFakeIamport();
    render(
      <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }}>
        <Status />
      </IamportProvider>,
    );
    await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(fake.calls).toEqual([{ method: "init", args: ["imp12345678"], at: expect.any(Number) }]);
  });

  describe("when the script fails to load", () => {
    it("reports the error and retry() injects a fresh script in place of the dead one", async () => {
      const events: string[] = [];
      render(
        <IamportProvider
          userCode="imp12345678"
          verify={{ url: VERIFY_URL }}
          sdk={{ src: `${origin}/flaky.js?case=retry` }}
          onEvent={(e) => events.push(e.type)}
        >
          <Status />
        </IamportProvider>,
      );
      await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("error"));
      expect(screen.getByTestId("sdk-error")).toHaveTextContent("SDK_LOAD_FAILED");
      const dead = document.querySelector("script");
      fireEvent.click(screen.getByText("Retry"));
      await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
      expect(dead?.isConnected).toBe(false);
      expect(document.querySelectorAll("script")).toHaveLength(1);
      expect(events).toEqual(["sdk-load-start", "sdk-load-error", "sdk-load-start", "sdk-load-ok"]);
    });

    it("reports SDK_TIMEOUT when the script never arrives", async () => {
      render(
        <IamportProvider
          userCode="imp12345678"
          verify={{ url: VERIFY_URL }}
          sdk={{ src: `${origin}/hang.js?provider=1`, timeoutMs: 40 }}
        >
          <Status />
        </IamportProvider>,
      );
      await waitFor(() => expect(screen.getByTestId("sdk-error")).toHaveTextContent("SDK_TIMEOUT"));
    });

    it("turns ready when the script arrives after the timeout, without a retry", async () => {
      const events: string[] = [];
      render(
        <IamportProvider
          userCode="imp12345678"
          verify={{ url: VERIFY_URL }}
          sdk={{ src: `${origin}/late.js?provider=1`, timeoutMs: 40 }}
          onEvent={(e) => events.push(e.type)}
        >
          <Status />
        </IamportProvider>,
      );
      await waitFor(() => expect(screen.getByTestId("sdk-error")).toHaveTextContent("SDK_TIMEOUT"));
      await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
      expect(screen.getByTestId("sdk-error")).toBeEmptyDOMElement();
      expect(events).toEqual(["sdk-load-start", "sdk-load-error", "sdk-load-ok"]);
      expect(document.querySelectorAll("script")).toHaveLength(1);
    });
  });

  describe("load strategies", () => {
    it("waits for an idle moment with load idle", async () => {
      render(
        <IamportProvider
          userCode="imp12345678"
          verify={{ url: VERIFY_URL }}
          sdk={{ src: `${origin}/fake-iamport.js?idle=1`, load: "idle" }}
        >
          <Status />
        </IamportProvider>,
      );
      expect(document.querySelectorAll("script")).toHaveLength(0);
      await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
    });

    it("stays idle while userCode is undefined and loads once it is known", async () => {
      const src = `${origin}/fake-iamport.js?deferred=2`;
      const { rerender } = render(
        <IamportProvider userCode={undefined} verify={{ url: VERIFY_URL }} sdk={{ src }}>
          <Status />
        </IamportProvider>,
      );
      await new Promise((r) => setTimeout(r, 20));
      expect(screen.getByTestId("sdk")).toHaveTextContent("idle");
      expect(document.querySelectorAll("script")).toHaveLength(0);
      rerender(
        <IamportProvider userCode="imp87654321" verify={{ url: VERIFY_URL }} sdk={{ src }}>
          <Status />
        </IamportProvider>,
      );
      await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
      expect(scriptFake().calls).toEqual([{ method: "init", args: ["imp87654321"], at: expect.any(Number) }]);
    });
  });

  it("re-initialises and warns in development when userCode changes", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const fake = installFakeIamport();
    const ui = (userCode: string) => (
      <IamportProvider userCode={userCode} verify={{ url: VERIFY_URL }}>
        <Status />
      </IamportProvider>
    );
    const { rerender } = render(ui("imp11111111"));
    await waitFor(() => expect(fake.calls).toHaveLength(1));
    rerender(ui("imp22222222"));
    await waitFor(() => expect(fake.calls).toHaveLength(2));
    expect(fake.calls.map((c) => c.args[0])).toEqual(["imp11111111", "imp22222222"]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("re-initialised from `imp11111111` to `imp22222222`"));
  });

  it("loads a fresh SDK when the one it loaded was removed from the page", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const first = installFakeIamport();
    render(
      <IamportProvider
        userCode="imp12345678"
        verify={{ url: VERIFY_URL }}
        sdk={{ src: `${origin}/fake-iamport.js?replaced=1` }}
      >
        <Status />
        <Checkout params={() => order()} />
      </IamportProvider>,
    );
    await waitFor(() => expect(screen.getByTestId("sdk")).toHaveTextContent("ready"));
    removeFromPage("IMP");
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("paid"));
    expect(first.calls.filter((c) => c.method === "request_pay")).toEqual([]);
    expect(scriptFake().calls.map((c) => c.method)).toEqual(["init", "request_pay"]);
  });

  it("runs verification through the nearest QueryClientProvider", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport();
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }}>
          <Checkout params={() => order()} />
        </IamportProvider>
      </QueryClientProvider>,
    );
    let seen: unknown[] = [];
    const unsubscribe = client
      .getMutationCache()
      .subscribe((event) => (seen = [...seen, event.mutation?.options.mutationKey]));
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("paid"));
    unsubscribe();
    expect(seen).toContainEqual(["iamport", "verify", "payment", expect.stringMatching(/^imp_/)]);
  });

  it("closes a dialog left over when the page comes back from the back-forward cache", async () => {
    const fake = installFakeIamport();
    render(<IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }} />);
    await waitFor(() => expect(fake.calls).toHaveLength(1));
    act(() => {
      window.dispatchEvent(Object.assign(new Event("pageshow"), { persisted: true }));
    });
    expect(fake.calls.at(-1)).toEqual({ method: "close", args: [], at: expect.any(Number) });
  });
});

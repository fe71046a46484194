// The four standing groups of STYLE.md for every hook: missing provider, StrictMode, identity (SSR is in
// hooks.server.test.tsx). usePayment keeps its own in usePayment.test.tsx.
import { act, renderHook, waitFor } from "@testing-library/react";
import { StrictMode, type ReactNode } from "react";
import { inject } from "vitest";
import { IamportProvider, useBillingKey, useCertification, useIamport, useIamportRedirect } from "..";
import { fakeLedger, installFakeIamport, type FakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { server } from "../../test/msw";
import { VERIFY_URL } from "../../test/render";

const origin = inject("scriptOrigin");
const scriptFake = () => (window as unknown as { __IAMPORT_FAKE__: FakeIamport }).__IAMPORT_FAKE__;

const strict =
  (src?: string) =>
  ({ children }: { children: ReactNode }) => (
    <StrictMode>
      <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }} sdk={src ? { src } : undefined}>
        {children}
      </IamportProvider>
    </StrictMode>
  );

interface Action {
  useHook: () => object;
  run: (hook: never) => Promise<{ status: string }>;
  method: string;
  ended: string;
}

const actions: Record<string, Action> = {
  useCertification: {
    useHook: () => useCertification(),
    run: (h: ReturnType<typeof useCertification>) => h.certify({ merchant_uid: "cert-1" }),
    method: "certification",
    ended: "certified",
  },
  useBillingKey: {
    useHook: () => useBillingKey(),
    run: (h: ReturnType<typeof useBillingKey>) =>
      h.issueBillingKey({ merchant_uid: "bill-1", customer_uid: "customer-7", amount: 0, pg: "tosspayments" }),
    method: "request_pay",
    ended: "issued",
  },
};

describe.each(Object.entries(actions))("%s", (name, { useHook: hook, run, method, ended }) => {
  describe("without a provider", () => {
    it("throws the kit's misuse message", () => {
      vi.spyOn(console, "error").mockImplementation(() => undefined);
      expect(() => renderHook(hook)).toThrow(`\`${name}\` must be used within \`<IamportProvider>\`.`);
    });
  });

  describe("in StrictMode", () => {
    it("injects one script, initialises once, opens one window and posts once", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      const { result } = renderHook(hook, { wrapper: strict(`${origin}/fake-iamport.js?strict-${name}`) });
      await waitFor(() => expect(scriptFake()?.calls.filter((c) => c.method === "init")).toHaveLength(1));
      const outcome = await act(() => run(result.current as never));
      expect(outcome.status).toBe(ended);
      expect(document.querySelectorAll("script")).toHaveLength(1);
      expect(scriptFake().calls.map((c) => c.method)).toEqual(["init", method]);
      expect(verify.requests).toHaveLength(1);
    });
  });

  describe("callback identity", () => {
    it("keeps its request function, reset and retry stable across renders and outcomes", async () => {
      server.use(...createVerifyHandlers({ url: VERIFY_URL }));
      installFakeIamport();
      const { result, rerender } = renderHook(hook, { wrapper: strict() });
      const before = Object.values(result.current).filter((v) => typeof v === "function");
      rerender();
      await act(() => run(result.current as never));
      expect(Object.values(result.current).filter((v) => typeof v === "function")).toEqual(before);
      expect(before).toHaveLength(3);
    });
  });
});

describe("useIamportRedirect", () => {
  it("throws the kit's misuse message without a provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderHook(() => useIamportRedirect())).toThrow(
      "`useIamportRedirect` must be used within `<IamportProvider>`.",
    );
  });

  it("in StrictMode verifies the returned result once and keeps retry and reset stable", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    fakeLedger().set("imp_200000000001", {
      imp_uid: "imp_200000000001",
      merchant_uid: "order-2001",
      type: "payment",
      status: "paid",
      amount: 64900,
    });
    history.replaceState(null, "", "/shop/pay/return?imp_uid=imp_200000000001&merchant_uid=order-2001");
    const { result, rerender } = renderHook(() => useIamportRedirect(), { wrapper: strict() });
    const { retry, reset } = result.current;
    await waitFor(() => expect(result.current.outcome?.status).toBe("paid"));
    rerender();
    expect([result.current.retry, result.current.reset]).toEqual([retry, reset]);
    expect(verify.requests).toHaveLength(1);
  });
});

describe("useIamport", () => {
  it("in StrictMode loads once and keeps retry stable", async () => {
    const { result, rerender } = renderHook(() => useIamport(), {
      wrapper: strict(`${origin}/fake-iamport.js?strict-useIamport`),
    });
    const { retry } = result.current;
    await waitFor(() => expect(result.current.status).toBe("ready"));
    rerender();
    expect(result.current.retry).toBe(retry);
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(scriptFake().calls.map((c) => c.method)).toEqual(["init"]);
  });
});

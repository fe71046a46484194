import { act, renderHook, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { IamportProvider, useIamportRedirect, type IamportEvent } from "..";
import { journal } from "../core/journal";
import { fakeLedger } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { server } from "../../test/msw";
import { renderWithIamport, VERIFY_URL } from "../../test/render";

function ReturnPage() {
  const { status, outcome, error, kind } = useIamportRedirect();
  return (
    <>
      <output data-testid="status">{status}</output>
      <output data-testid="kind">{kind ?? ""}</output>
      <output data-testid="outcome">{outcome?.status ?? ""}</output>
      <output data-testid="error">{error ? `${error.code}: ${error.message}` : ""}</output>
    </>
  );
}

const text = (id: string) => screen.getByTestId(id).textContent;

/** What i'mport puts in the URL when it sends the buyer back, plus a merchant key that must survive. */
function returnTo(query: Record<string, string>) {
  history.replaceState(null, "", `/shop/pay/return?${new URLSearchParams({ ref: "mail", ...query })}`);
}

function recordPayment(
  imp_uid: string,
  merchant_uid: string,
  extra: Partial<Parameters<ReturnType<typeof fakeLedger>["set"]>[1]> = {},
) {
  fakeLedger().set(imp_uid, { imp_uid, merchant_uid, type: "payment", status: "paid", amount: 64900, ...extra });
}

describe("useIamportRedirect", () => {
  it("verifies a successful return once, shows paid and removes only i'mport's keys from the URL", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL, orders: { "order-1001": { amount: 64900 } } });
    server.use(...verify);
    journal.start({ type: "payment", merchant_uid: "order-1001", amount: 64900 });
    recordPayment("imp_100000000001", "order-1001");
    returnTo({ imp_uid: "imp_100000000001", merchant_uid: "order-1001", imp_success: "true" });
    renderWithIamport(<ReturnPage />, {}, { strict: true });
    await waitFor(() => expect(text("outcome")).toBe("paid"));
    expect(text("status")).toBe("success");
    expect(verify.requests).toEqual([{ type: "payment", imp_uid: "imp_100000000001", merchant_uid: "order-1001" }]);
    expect(location.pathname + location.search).toBe("/shop/pay/return?ref=mail");
    expect(journal.get("order-1001")).toBeUndefined();
  });

  it("ends a return carrying a PG error as failed, verbatim and without posting", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    returnTo({
      imp_uid: "imp_100000000002",
      merchant_uid: "order-1002",
      imp_success: "false",
      error_code: "F0004",
      error_msg: "[F0004] 카드 한도가 초과되었습니다",
    });
    renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("failed"));
    expect(text("error")).toBe("PAYMENT_FAILED: [F0004] 카드 한도가 초과되었습니다");
    expect(verify.requests).toEqual([]);
    expect(location.search).toBe("?ref=mail");
  });

  it("ends a return with a cancel message as cancelled", async () => {
    returnTo({ merchant_uid: "order-1003", imp_success: "false", error_msg: "사용자가 결제를 취소하셨습니다" });
    renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("cancelled"));
  });

  it("fails a return without imp_uid or error, and posts nothing", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    returnTo({ merchant_uid: "order-1004", imp_success: "true" });
    renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("failed"));
    expect(text("error")).toMatch(/^PAYMENT_FAILED: i'mport returned neither an `imp_uid` nor an error/);
    expect(verify.requests).toEqual([]);
  });

  it("still lets the server decide a tampered merchant_uid that the journal does not know", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    journal.start({ type: "payment", merchant_uid: "order-1005", amount: 64900 });
    recordPayment("imp_100000000005", "order-1005");
    returnTo({ imp_uid: "imp_100000000005", merchant_uid: "order-9999", imp_success: "true" });
    renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("failed"));
    expect(verify.requests).toEqual([{ type: "payment", imp_uid: "imp_100000000005", merchant_uid: "order-9999" }]);
    expect(text("error")).toBe("VERIFY_REJECTED: This payment belongs to another order.");
  });

  it("does not trust imp_success=false: the server's paid wins", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    recordPayment("imp_100000000006", "order-1006");
    returnTo({ imp_uid: "imp_100000000006", merchant_uid: "order-1006", imp_success: "false" });
    renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("paid"));
  });

  it("posts once with two providers and StrictMode double effects on the page", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL, delayMs: 20 });
    server.use(...verify);
    recordPayment("imp_100000000007", "order-1007");
    returnTo({ imp_uid: "imp_100000000007", merchant_uid: "order-1007" });
    const { result } = renderHook(() => useIamportRedirect(), {
      wrapper: ({ children }) => (
        <StrictMode>
          <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }}>
            <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL }}>
              <ReturnPage />
              {children}
            </IamportProvider>
          </IamportProvider>
        </StrictMode>
      ),
    });
    await waitFor(() => expect(result.current.outcome?.status).toBe("paid"));
    expect(text("outcome")).toBe("paid");
    expect(verify.requests).toHaveLength(1);
  });

  it("does nothing on a page without i'mport's keys", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    history.replaceState(null, "", "/shop/pay/return?ref=mail");
    renderWithIamport(<ReturnPage />);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(text("status")).toBe("idle");
    expect(text("kind")).toBe("");
    expect(verify.requests).toEqual([]);
    expect(location.search).toBe("?ref=mail");
  });

  it("verifies a billing-key return as billing_key with the journaled customer_uid", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    journal.start({ type: "billing_key", merchant_uid: "bill-1", customer_uid: "customer-7" });
    fakeLedger().set("imp_100000000008", {
      imp_uid: "imp_100000000008",
      merchant_uid: "bill-1",
      type: "billing_key",
      status: "issued",
      amount: 0,
      customer_uid: "customer-7",
    });
    returnTo({ imp_uid: "imp_100000000008", merchant_uid: "bill-1", imp_success: "true" });
    renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("issued"));
    expect(text("kind")).toBe("billing_key");
    expect(verify.requests).toEqual([
      { type: "billing_key", imp_uid: "imp_100000000008", merchant_uid: "bill-1", customer_uid: "customer-7" },
    ]);
  });

  it("verifies a certification return as certification", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    journal.start({ type: "certification", merchant_uid: "cert-1" });
    fakeLedger().set("imp_100000000009", {
      imp_uid: "imp_100000000009",
      merchant_uid: "cert-1",
      type: "certification",
      status: "certified",
      amount: 0,
    });
    returnTo({ imp_uid: "imp_100000000009", merchant_uid: "cert-1", success: "true" });
    renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("certified"));
    expect(text("kind")).toBe("certification");
    expect(verify.requests).toEqual([{ type: "certification", imp_uid: "imp_100000000009", merchant_uid: "cert-1" }]);
  });

  describe("when the tab reloads between the result and the server's answer", () => {
    it("recovers the journaled result, posts it once and shows the outcome", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      recordPayment("imp_100000000010", "order-1010");
      // What the first page load left: the result journaled, the URL already cleaned, no answer yet.
      journal.start({ type: "payment", merchant_uid: "order-1010", amount: 64900 });
      journal.recordResult({ type: "payment", merchant_uid: "order-1010" }, "imp_100000000010");
      history.replaceState(null, "", "/shop/pay/return?ref=mail");
      const events: IamportEvent[] = [];
      renderWithIamport(<ReturnPage />, { onEvent: (e) => events.push(e) }, { strict: true });
      await waitFor(() => expect(text("outcome")).toBe("paid"));
      expect(verify.requests).toHaveLength(1);
      expect(events.filter((e) => e.type === "recovered")).toEqual([
        {
          type: "recovered",
          request: { type: "payment", imp_uid: "imp_100000000010", merchant_uid: "order-1010" },
          outcome: expect.objectContaining({ status: "paid" }),
        },
      ]);
      expect(journal.unverified()).toEqual([]);
    });
  });

  describe("when no useIamportRedirect is mounted (the README quick start)", () => {
    it("the provider alone verifies the result in the URL once, reports it and cleans the URL", async () => {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      recordPayment("imp_100000000020", "order-1020");
      journal.start({ type: "payment", merchant_uid: "order-1020", amount: 64900 });
      returnTo({ imp_uid: "imp_100000000020", merchant_uid: "order-1020", imp_success: "true" });
      const events: IamportEvent[] = [];
      renderWithIamport(<p>shop</p>, { onEvent: (e) => events.push(e) }, { strict: true });
      await waitFor(() => expect(events.map((e) => e.type)).toContain("recovered"));
      expect(verify.requests).toEqual([{ type: "payment", imp_uid: "imp_100000000020", merchant_uid: "order-1020" }]);
      expect(events.find((e) => e.type === "recovered")).toMatchObject({ outcome: { status: "paid" } });
      expect(events.find((e) => e.type === "callback")).toMatchObject({ source: "redirect" });
      expect(location.pathname + location.search).toBe("/shop/pay/return?ref=mail");
      expect(journal.get("order-1020")).toBeUndefined();
    });
  });

  it("is idle on a later client-side visit to the return page, not showing the previous visit's outcome", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    recordPayment("imp_100000000021", "order-1021");
    returnTo({ imp_uid: "imp_100000000021", merchant_uid: "order-1021" });
    const first = renderWithIamport(<ReturnPage />);
    await waitFor(() => expect(text("outcome")).toBe("paid"));
    first.unmount();
    await act(() => new Promise((r) => setTimeout(r, 10)));
    history.pushState(null, "", "/shop");
    history.pushState(null, "", "/shop/pay/return");
    renderWithIamport(<ReturnPage />);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(text("status")).toBe("idle");
    expect(text("outcome")).toBe("");
  });
});

import { fireEvent, renderHook, screen, waitFor } from "@testing-library/react";
import { useBillingKey, type BillingKeyOutcome } from "..";
import { journal } from "../core/journal";
import { installFakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { server } from "../../test/msw";
import { renderWithIamport, VERIFY_URL } from "../../test/render";

function Subscribe({
  params,
  onOutcome,
}: {
  params: Record<string, unknown>;
  onOutcome?: (o: BillingKeyOutcome) => void;
}) {
  const { issueBillingKey, outcome, error } = useBillingKey({ onOutcome });
  return (
    <>
      <button onClick={() => void issueBillingKey(params as never)}>Subscribe</button>
      <output data-testid="outcome">{outcome?.status ?? ""}</output>
      <output data-testid="error">{error ? `${error.code}: ${error.message}` : ""}</output>
    </>
  );
}

describe("useBillingKey", () => {
  it("throws the kit's misuse message without a provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderHook(() => useBillingKey())).toThrow("`useBillingKey` must be used within `<IamportProvider>`.");
  });

  it("issues a key for amount 0 with pay_method card by default and posts customer_uid", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    const fake = installFakeIamport();
    let outcome: BillingKeyOutcome | undefined;
    renderWithIamport(
      <Subscribe
        params={{
          merchant_uid: "bill-1",
          customer_uid: "customer-7",
          amount: 0,
          pg: "tosspayments",
          buyer_name: "홍길동",
        }}
        onOutcome={(o) => (outcome = o)}
      />,
    );
    fireEvent.click(screen.getByText("Subscribe"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("issued"));
    expect(fake.calls.find((c) => c.method === "request_pay")?.args[0]).toMatchObject({
      customer_uid: "customer-7",
      amount: 0,
      pay_method: "card",
    });
    expect(verify.requests).toEqual([
      { type: "billing_key", imp_uid: expect.any(String), merchant_uid: "bill-1", customer_uid: "customer-7" },
    ]);
    expect(outcome).toMatchObject({
      status: "issued",
      customer_uid: "customer-7",
      verification: { status: "issued", customer_uid: "customer-7" },
    });
  });

  it("ends without customer_uid as INVALID_PARAMS and opens nothing", async () => {
    const fake = installFakeIamport();
    renderWithIamport(<Subscribe params={{ merchant_uid: "bill-2", amount: 0 }} />);
    fireEvent.click(screen.getByText("Subscribe"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("failed"));
    expect(screen.getByTestId("error")).toHaveTextContent(
      /^INVALID_PARAMS: `issueBillingKey`: `customer_uid` is required/,
    );
    expect(fake.calls.filter((c) => c.method === "request_pay")).toEqual([]);
  });

  it("keeps customer_uid on a declined card", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport({ outcome: "failed" });
    let outcome: BillingKeyOutcome | undefined;
    renderWithIamport(
      <Subscribe
        params={{ merchant_uid: "bill-3", customer_uid: "customer-8", amount: 0 }}
        onOutcome={(o) => (outcome = o)}
      />,
    );
    fireEvent.click(screen.getByText("Subscribe"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("failed"));
    expect(outcome).toMatchObject({ status: "failed", customer_uid: "customer-8", error: { code: "PAYMENT_FAILED" } });
  });

  it("shares the page's one window with payments", async () => {
    installFakeIamport({ window: true });
    renderWithIamport(
      <>
        <Subscribe params={{ merchant_uid: "bill-4", customer_uid: "customer-9", amount: 0 }} />
        <Subscribe params={{ merchant_uid: "bill-5", customer_uid: "customer-9", amount: 0 }} />
      </>,
    );
    const [first, second] = screen.getAllByText("Subscribe");
    fireEvent.click(first);
    fireEvent.click(second);
    await waitFor(() => expect(screen.getAllByTestId("outcome")[1]).toHaveTextContent("failed"));
    expect(screen.getAllByTestId("error")[1]).toHaveTextContent(/^BUSY/);
    expect(journal.get("bill-4")).toMatchObject({ type: "billing_key", customer_uid: "customer-9" });
    expect(journal.get("bill-5")).toBeUndefined();
  });
});

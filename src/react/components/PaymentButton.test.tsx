import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { PaymentButton } from "../..";
import { installFakeIamport } from "../../testing";
import { createVerifyHandlers } from "../../testing/msw";
import { expectAccessible } from "../../../test/axe";
import { server } from "../../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../../test/render";

const button = () => screen.getByRole("button");
const live = () => screen.getByRole("status");

describe("PaymentButton", () => {
  it("throws the hook's misuse message without a provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<PaymentButton params={order() as never} />)).toThrow(
      "`usePayment` must be used within `<IamportProvider>`.",
    );
  });

  it("is labelled by its children, accessible, and idle until clicked", async () => {
    installFakeIamport();
    const { container } = renderWithIamport(<PaymentButton params={order() as never}>64,900원 결제하기</PaymentButton>);
    await waitFor(() => expect(button()).toBeEnabled());
    expect(button()).toHaveAccessibleName("64,900원 결제하기");
    expect(button()).toHaveAttribute("data-state", "idle");
    await expectAccessible(container);
  });

  it("is disabled and aria-busy while the window is open, and announces it", async () => {
    const fake = installFakeIamport({ window: true });
    const { container } = renderWithIamport(<PaymentButton params={order() as never} />);
    await waitFor(() => expect(button()).toBeEnabled());
    fireEvent.click(button());
    expect(screen.getByRole("button", { name: "결제하기" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "결제하기" })).toHaveAttribute("aria-busy", "true");
    expect(live()).toHaveTextContent("결제창에서 결제를 진행해 주세요.");
    fireEvent.click(screen.getByRole("button", { name: "결제하기" }));
    expect(fake.calls.filter((c) => c.method === "request_pay")).toHaveLength(1);
    await expectAccessible(container);
  });

  it("evaluates a params function at click time so the amount is never stale", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport();
    let amount = 10000;
    renderWithIamport(<PaymentButton params={() => order({ amount }) as never} />);
    await waitFor(() => expect(button()).toBeEnabled());
    amount = 8000;
    fireEvent.click(button());
    await waitFor(() => expect(button()).toHaveAttribute("data-state", "success"));
    expect(fake.calls.find((c) => c.method === "request_pay")?.args[0]).toMatchObject({ amount: 8000 });
  });

  it("calls onOutcome and the per-status callback, and announces success", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport();
    const onOutcome = vi.fn();
    const onPaid = vi.fn();
    const onFailed = vi.fn();
    const { container } = renderWithIamport(
      <PaymentButton params={order() as never} onOutcome={onOutcome} onPaid={onPaid} onFailed={onFailed} />,
    );
    await waitFor(() => expect(button()).toBeEnabled());
    fireEvent.click(button());
    await waitFor(() => expect(live()).toHaveTextContent("결제가 완료되었습니다."));
    expect(onOutcome).toHaveBeenCalledWith(expect.objectContaining({ status: "paid" }));
    expect(onPaid).toHaveBeenCalledWith(expect.objectContaining({ status: "paid", merchant_uid: "order-1001" }));
    expect(onFailed).not.toHaveBeenCalled();
    await expectAccessible(container);
  });

  it("announces the PG's failure message verbatim", async () => {
    installFakeIamport({ outcome: "failed" });
    const onFailed = vi.fn();
    const { container } = renderWithIamport(<PaymentButton params={order() as never} onFailed={onFailed} />);
    await waitFor(() => expect(button()).toBeEnabled());
    fireEvent.click(button());
    await waitFor(() => expect(live()).toHaveTextContent("[F0004] 카드 한도가 초과되었습니다"));
    expect(button()).toHaveAttribute("data-state", "error");
    expect(onFailed).toHaveBeenCalledWith(
      expect.objectContaining({ error: expect.objectContaining({ code: "PAYMENT_FAILED" }) }),
    );
    await expectAccessible(container);
  });

  it("speaks English with locale en and takes per-text overrides", async () => {
    installFakeIamport({ outcome: "cancelled" });
    renderWithIamport(
      <PaymentButton
        params={order() as never}
        messages={{ kinds: { payment: { cancelled: "No worries, nothing was charged." } } }}
      />,
      { locale: "en" },
    );
    await waitFor(() => expect(button()).toBeEnabled());
    expect(button()).toHaveAccessibleName("Pay");
    fireEvent.click(button());
    await waitFor(() => expect(live()).toHaveTextContent("No worries, nothing was charged."));
  });

  it("offers only a check again, never a second payment, while the confirmation is delayed", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
    const fake = installFakeIamport();
    renderWithIamport(<PaymentButton params={order() as never}>Pay</PaymentButton>);
    await waitFor(() => expect(screen.getByRole("button", { name: "Pay" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "Pay" }));
    await waitFor(() => expect(live()).toHaveTextContent("결제 확인이 지연되고 있습니다."), { timeout: 3000 });
    expect(screen.getByRole("button", { name: "Pay" })).toBeDisabled();
    const back = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...back);
    fireEvent.click(screen.getByRole("button", { name: "다시 확인하기" }));
    await waitFor(() => expect(live()).toHaveTextContent("결제가 완료되었습니다."));
    expect(back.requests).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === "request_pay")).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "다시 확인하기" })).toBeNull();
  });

  it("is disabled while the SDK loads", () => {
    renderWithIamport(<PaymentButton params={order() as never} />, {
      sdk: { src: "http://127.0.0.1:9/never.js", timeoutMs: 60_000 },
    });
    expect(button()).toBeDisabled();
  });
});

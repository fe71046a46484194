import { act, fireEvent, screen } from "@testing-library/react";
import { PaymentResult, IamportError, type PaymentOutcome } from "../..";
import { expectAccessible } from "../../../test/axe";
import { renderWithIamport } from "../../../test/render";

const paid: PaymentOutcome = {
  status: "paid",
  imp_uid: "imp_1",
  merchant_uid: "order-1",
  verification: { status: "paid", receipt_url: "https://receipts.example/1" },
};
const ready: PaymentOutcome = {
  status: "ready",
  imp_uid: "imp_2",
  merchant_uid: "order-2",
  verification: { status: "ready" },
  vbank: {
    vbank_name: "국민은행",
    vbank_num: "T1234-5678-9012",
    vbank_holder: "(주)아임포트테스트",
    vbank_date: 1798729199,
  },
};
const failed = (error: IamportError): PaymentOutcome => ({
  status: "failed",
  imp_uid: "imp_3",
  merchant_uid: "order-3",
  error,
});

describe("PaymentResult", () => {
  it("renders nothing visible for no outcome but keeps its live region", () => {
    renderWithIamport(<PaymentResult outcome={null} />);
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });

  it("shows a paid payment with its receipt link", async () => {
    const { container } = renderWithIamport(<PaymentResult outcome={paid} />);
    expect(screen.getByRole("status")).toHaveAttribute("data-status", "paid");
    expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
    expect(screen.getByRole("link", { name: "영수증 보기" })).toHaveAttribute("href", "https://receipts.example/1");
    await expectAccessible(container);
  });

  it("shows the virtual account with bank, number, holder, deadline and a copy button", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    const { container } = renderWithIamport(<PaymentResult outcome={ready} />);
    const details = screen.getByRole("status");
    expect(details).toHaveTextContent("은행국민은행");
    expect(details).toHaveTextContent("예금주(주)아임포트테스트");
    expect(details).toHaveTextContent("입금 기한2026년 12월 31일");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "계좌번호 복사" })));
    expect(writeText).toHaveBeenCalledWith("T1234-5678-9012");
    expect(screen.getByRole("button", { name: "복사했습니다" })).toBeInTheDocument();
    await expectAccessible(container);
  });

  it.each([
    ["there is no clipboard API", undefined],
    ["the clipboard refuses", { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) }],
  ])("selects the account number for the buyer to copy when %s", async (_, clipboard) => {
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: clipboard });
    renderWithIamport(<PaymentResult outcome={ready} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "계좌번호 복사" })));
    expect(getSelection()?.toString()).toBe("T1234-5678-9012");
    // Nothing copied here (jsdom has no execCommand): the button does not claim otherwise.
    expect(screen.getByRole("button", { name: "계좌번호 복사" })).toBeInTheDocument();
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, "execCommand", { configurable: true, value: execCommand });
    try {
      await act(async () => fireEvent.click(screen.getByRole("button", { name: "계좌번호 복사" })));
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(execCommand).toHaveBeenCalledWith("copy");
    expect(screen.getByRole("button", { name: "복사했습니다" })).toBeInTheDocument();
  });

  it("shows the PG's failure message verbatim", async () => {
    const { container } = renderWithIamport(
      <PaymentResult
        outcome={failed(
          new IamportError("PAYMENT_FAILED", "x", {
            pgCode: "NAVER_0011",
            pgMessage: "네이버페이 결제 한도를 초과했습니다. (코드 11)",
          }),
        )}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent(
      "결제에 실패했습니다.네이버페이 결제 한도를 초과했습니다. (코드 11)",
    );
    await expectAccessible(container);
  });

  it("shows a cancellation without alarming the buyer", () => {
    renderWithIamport(
      <PaymentResult
        outcome={{
          status: "cancelled",
          imp_uid: null,
          merchant_uid: "order-4",
          error: new IamportError("CANCELLED", "사용자가 결제를 취소하셨습니다"),
        }}
      />,
    );
    expect(screen.getByRole("status")).toHaveAttribute("data-status", "cancelled");
    expect(screen.getByRole("status")).toHaveTextContent(/^결제를 취소했습니다\.주문번호order-4$/);
  });

  it("offers a retry when verification could not reach the server", async () => {
    const onRetry = vi.fn();
    const { container } = renderWithIamport(
      <PaymentResult
        outcome={failed(new IamportError("VERIFY_FAILED", "unreachable", { retriable: true }))}
        onRetry={onRetry}
      />,
      { locale: "en" },
    );
    expect(screen.getByRole("status")).toHaveTextContent(
      "Confirming your payment is taking longer than usual.Your payment may have gone through.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Check again" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectAccessible(container);
  });

  it("shows progress while pending", () => {
    renderWithIamport(<PaymentResult outcome={null} pending phase="verifying" />);
    expect(screen.getByRole("status")).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("status")).toHaveTextContent("결제를 확인하는 중…");
  });

  it("has a message in both languages for every error code", () => {
    const codes = [
      "SDK_LOAD_FAILED",
      "SDK_TIMEOUT",
      "SDK_UNAVAILABLE",
      "NOT_CONFIGURED",
      "INVALID_PARAMS",
      "BUSY",
      "PAYMENT_FAILED",
      "CANCELLED",
      "VERIFY_FAILED",
      "VERIFY_REJECTED",
    ] as const;
    for (const locale of ["ko", "en"] as const) {
      for (const code of codes) {
        const { unmount } = renderWithIamport(
          <PaymentResult outcome={failed(new IamportError(code, "developer text"))} />,
          { locale },
        );
        expect(screen.getByRole("status").textContent).not.toContain("developer text");
        expect(screen.getByRole("status").textContent?.length).toBeGreaterThan(5);
        unmount();
      }
    }
  });
});

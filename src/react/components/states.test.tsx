import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { inject } from "vitest";
import {
  BillingKeyButton,
  CertificationButton,
  CheckoutForm,
  IamportError,
  IamportRedirectHandler,
  PaymentButton,
  PaymentResult,
  type PaymentOutcome,
} from "../..";
import { fakeLedger, installFakeIamport } from "../../testing";
import { createVerifyHandlers } from "../../testing/msw";
import { expectAccessible } from "../../../test/axe";
import { server } from "../../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../../test/render";

// Issue 15 "Wrong or misleading today" and issue 10's `javascript:` links: each test failed on a779d69.

const live = () =>
  screen
    .getAllByRole("status")
    .map((s) => s.textContent ?? "")
    .join(" ");
const failedWith = (code: "VERIFY_FAILED" | "CANCELLED", status: "failed" | "cancelled" = "failed") => ({
  status,
  imp_uid: "imp_1",
  merchant_uid: "order-1",
  error: new IamportError(code, "developer text", { retriable: code === "VERIFY_FAILED" }),
});

describe("texts per kind of request and per state, in ko and en", () => {
  it("a delayed confirmation is not titled as a failure", () => {
    for (const [locale, failure, delayed] of [
      ["ko", "결제에 실패했습니다.", "결제 확인이 지연되고 있습니다."],
      ["en", "Payment failed.", "Confirming your payment is taking longer than usual."],
    ] as const) {
      const { unmount } = renderWithIamport(<PaymentResult outcome={failedWith("VERIFY_FAILED") as never} />, {
        locale,
      });
      expect(screen.getByRole("status")).toHaveTextContent(delayed);
      expect(screen.getByRole("status")).not.toHaveTextContent(failure);
      expect(screen.getByRole("status")).toHaveAttribute("data-tone", "delayed");
      unmount();
    }
  });

  it("identity verification and billing-key results never speak of a payment", () => {
    const cases = [
      ["ko", "certification", "본인인증을 취소했습니다."],
      ["ko", "billing_key", "카드 등록을 취소했습니다."],
      ["en", "certification", "Identity verification cancelled."],
      ["en", "billing_key", "Card registration cancelled."],
    ] as const;
    for (const [locale, kind, text] of cases) {
      const { unmount } = renderWithIamport(
        <PaymentResult kind={kind} outcome={failedWith("CANCELLED", "cancelled") as never} />,
        { locale },
      );
      expect(screen.getByRole("status")).toHaveTextContent(text);
      expect(screen.getByRole("status").textContent).not.toMatch(/결제|[Pp]ayment/);
      unmount();
    }
  });

  it("the certification button says what to do in the verification window, then the cancellation", async () => {
    const fake = installFakeIamport({ window: true });
    renderWithIamport(<CertificationButton params={{ merchant_uid: "cert-1" }} />);
    const button = await screen.findByRole("button", { name: "본인인증하기" });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    expect(live()).toContain("본인인증 창에서 인증을 진행해 주세요.");
    expect(live()).not.toContain("결제");
    fake.uninstall();
  });

  it("the billing-key button announces a cancellation as a card registration, in English too", async () => {
    installFakeIamport({ outcome: "cancelled" });
    renderWithIamport(<BillingKeyButton params={{ merchant_uid: "bill-1", customer_uid: "c-1", amount: 0 }} />, {
      locale: "en",
    });
    const button = await screen.findByRole("button", { name: "Save card" });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    await waitFor(() => expect(live()).toContain("Card registration cancelled."));
    expect(live()).not.toContain("Payment");
  });
});

describe("CheckoutForm after success", () => {
  const shirt = { merchant_uid: "order-2001", name: "Linen shirt", amount: 64900 };
  const buyer = { name: "홍길동", tel: "010-1234-5678" };

  it("replaces the form by the result: no second pay button, the amount and order number shown", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport();
    const { container } = renderWithIamport(<CheckoutForm params={shirt} defaultBuyer={buyer} />);
    const pay = screen.getByRole("button", { name: "64,900원 결제하기" });
    await waitFor(() => expect(pay).toBeEnabled());
    fireEvent.click(pay);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(screen.queryByRole("button", { name: /결제하기/ })).toBeNull();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("결제 금액64,900원");
    expect(screen.getByRole("status")).toHaveTextContent("주문번호order-2001");
    expect(screen.queryByRole("button", { name: "새 주문하기" })).toBeNull();
    expect(fake.calls.filter((c) => c.method === "request_pay")).toHaveLength(1);
    await expectAccessible(container);
  });

  it("offers a new order only when the merchant asks for it, and then shows a fresh form", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport({ outcome: "ready" });
    const onNewOrder = vi.fn();
    renderWithIamport(<CheckoutForm params={shirt} defaultBuyer={buyer} onNewOrder={onNewOrder} />);
    const pay = screen.getByRole("button", { name: "64,900원 결제하기" });
    await waitFor(() => expect(pay).toBeEnabled());
    fireEvent.click(pay);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("가상계좌가 발급되었습니다."));
    expect(screen.queryByRole("button", { name: /결제하기/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "새 주문하기" }));
    expect(onNewOrder).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "64,900원 결제하기" })).toBeEnabled();
  });

  it("locks the inputs while confirming, and after a delayed confirmation offers only 'check again'", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
    installFakeIamport();
    renderWithIamport(<CheckoutForm params={shirt} defaultBuyer={buyer} />);
    const pay = screen.getByRole("button", { name: "64,900원 결제하기" });
    await waitFor(() => expect(pay).toBeEnabled());
    fireEvent.click(pay);
    expect(screen.getByLabelText("이름 *")).toBeDisabled();
    await screen.findByRole("button", { name: "다시 확인하기" });
    expect(screen.getByRole("button", { name: "64,900원 결제하기" })).toBeDisabled();
    expect(screen.getByLabelText("휴대폰 번호 *")).toBeDisabled();
  });

  it("shows no error for tabbing past an empty field, only after a real edit", () => {
    installFakeIamport();
    renderWithIamport(<CheckoutForm params={shirt} />);
    const name = screen.getByLabelText("이름 *");
    fireEvent.blur(name);
    expect(name).not.toHaveAttribute("aria-invalid");
    fireEvent.change(name, { target: { value: "홍" } });
    fireEvent.change(name, { target: { value: "" } });
    fireEvent.blur(name);
    expect(name).toHaveAccessibleDescription("필수 입력 항목입니다.");
  });
});

describe("the virtual account result", () => {
  const ready: PaymentOutcome = {
    status: "ready",
    imp_uid: "imp_2",
    merchant_uid: "order-2",
    verification: { status: "ready", amount: 64900 },
    vbank: { vbank_name: "국민은행", vbank_num: "T1234-5678-9012", vbank_holder: "(주)테스트", vbank_date: 1798729199 },
  };

  it("shows the amount to deposit", () => {
    renderWithIamport(<PaymentResult outcome={ready} />);
    expect(screen.getByRole("status")).toHaveTextContent("입금할 금액64,900원");
    renderWithIamport(<PaymentResult outcome={ready} />, { locale: "en" });
    expect(screen.getAllByRole("status")[1]).toHaveTextContent("Amount to deposit₩64,900");
  });

  it("shows it on the redirect return page too", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    fakeLedger().set("imp_3", {
      imp_uid: "imp_3",
      merchant_uid: "order-3",
      type: "payment",
      status: "ready",
      amount: 15900,
      vbank: {
        vbank_name: "신한은행",
        vbank_num: "56211-0000-1234",
        vbank_holder: "(주)테스트",
        vbank_date: 1798729199,
      },
    });
    history.replaceState(null, "", "/shop/pay/return?imp_uid=imp_3&merchant_uid=order-3&imp_success=true");
    renderWithIamport(<IamportRedirectHandler />);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("입금할 금액15,900원"));
    expect(screen.getByRole("status")).toHaveTextContent("56211-0000-1234");
  });
});

describe("PaymentButton's states", () => {
  it("shows success and failure differently (tone and icon), not as the same line", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport();
    renderWithIamport(
      <>
        <PaymentButton params={order() as never}>A</PaymentButton>
        <PaymentButton params={order({ merchant_uid: "order-1002" }) as never}>B</PaymentButton>
      </>,
    );
    const [a, b] = [screen.getByRole("button", { name: "A" }), screen.getByRole("button", { name: "B" })];
    await waitFor(() => expect(a).toBeEnabled());
    fireEvent.click(a);
    await waitFor(() => expect(screen.getAllByRole("status")[0]).toHaveTextContent("결제가 완료되었습니다."));
    fake.setOutcome("failed");
    fireEvent.click(b);
    await waitFor(() => expect(screen.getAllByRole("status")[1]).toHaveTextContent("결제에 실패했습니다."));
    const [paid, failed] = screen.getAllByRole("status");
    expect(paid).toHaveAttribute("data-tone", "success");
    expect(failed).toHaveAttribute("data-tone", "failed");
    expect(paid.querySelector("svg")?.innerHTML).not.toEqual(failed.querySelector("svg")?.innerHTML);
  });

  it("says the SDK is loading instead of showing a bare faded button", () => {
    renderWithIamport(<PaymentButton params={order() as never} />, {
      sdk: { src: "http://127.0.0.1:9/never.js", timeoutMs: 60_000 },
    });
    expect(screen.getByRole("button", { name: "결제하기" })).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent("결제 모듈을 불러오는 중…");
  });

  it("shows an SDK timeout as a problem with a way to reload, not as Ready", async () => {
    renderWithIamport(<PaymentButton params={order() as never} />, {
      sdk: { src: `${inject("scriptOrigin")}/hang.js?states=1`, timeoutMs: 40 },
    });
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제 모듈 응답이 늦습니다."));
    expect(screen.getByRole("status")).toHaveAttribute("data-tone", "failed");
    expect(screen.getByRole("button", { name: "다시 불러오기" })).toBeVisible();
  });
});

describe("the redirect return page", () => {
  it("still shows the result after a reload (the URL is clean by then)", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    fakeLedger().set("imp_4", {
      imp_uid: "imp_4",
      merchant_uid: "order-4",
      type: "payment",
      status: "paid",
      amount: 1,
    });
    history.replaceState(null, "", "/shop/pay/return?imp_uid=imp_4&merchant_uid=order-4&imp_success=true");
    const first = renderWithIamport(<IamportRedirectHandler />);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    await waitFor(() => expect(location.search).toBe(""));
    first.unmount();
    renderWithIamport(<IamportRedirectHandler />);
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
    expect(screen.getByRole("status")).toHaveTextContent("주문번호order-4");
  });

  it("offers a way back after a cancelled return", async () => {
    history.replaceState(
      null,
      "",
      "/shop/pay/return?merchant_uid=order-5&imp_success=false&error_msg=" +
        encodeURIComponent("사용자가 결제를 취소하셨습니다"),
    );
    renderWithIamport(<IamportRedirectHandler homeHref="/shop" retryHref="/shop/checkout" />);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제를 취소했습니다."));
    expect(screen.getByRole("link", { name: "다시 결제하기" })).toHaveAttribute("href", "/shop/checkout");
    expect(screen.getByRole("link", { name: "쇼핑 계속하기" })).toHaveAttribute("href", "/shop");
  });

  it("says there is nothing to show, with a way back, on a visit without a result", () => {
    renderWithIamport(<IamportRedirectHandler />);
    expect(screen.getByRole("status")).toHaveTextContent("확인할 결과가 없습니다.");
    expect(screen.getByRole("link", { name: "쇼핑 계속하기" })).toHaveAttribute("href", "/");
  });
});

describe("links from a verify answer", () => {
  it.each(["javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<script>", "/relative"])(
    "never renders %s as a receipt link (React 18 and 19)",
    (url) => {
      renderWithIamport(
        <PaymentResult
          outcome={{
            status: "paid",
            imp_uid: "imp_1",
            merchant_uid: "o-1",
            verification: { status: "paid", receipt_url: url },
          }}
        />,
      );
      expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
      expect(screen.queryByRole("link")).toBeNull();
      expect(document.querySelector("a[href^='javascript' i], a[href^='data' i]")).toBeNull();
    },
  );

  it("renders an https receipt", () => {
    renderWithIamport(
      <PaymentResult
        outcome={{
          status: "paid",
          imp_uid: "imp_1",
          merchant_uid: "o-1",
          verification: { status: "paid", receipt_url: "https://r.example/1" },
        }}
      />,
    );
    expect(screen.getByRole("link", { name: "영수증 보기" })).toHaveAttribute("href", "https://r.example/1");
  });
});

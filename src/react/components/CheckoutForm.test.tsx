import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { inject } from "vitest";
import { CheckoutForm, type BuyerValues } from "../..";
import { installFakeIamport, type FakeIamport } from "../../testing";
import { createVerifyHandlers } from "../../testing/msw";
import { expectAccessible } from "../../../test/axe";
import { server } from "../../../test/msw";
import { renderWithIamport, VERIFY_URL } from "../../../test/render";

const shirt = { merchant_uid: "order-2001", name: "Linen shirt", amount: 64900, tax_free: 4900 };
const payRequests = (fake: FakeIamport) => fake.calls.filter((c) => c.method === "request_pay").map((c) => c.args[0]);

describe("CheckoutForm", () => {
  it("summarises the order with the amount as Korean won and the tax-free part", async () => {
    installFakeIamport();
    const { container } = renderWithIamport(<CheckoutForm params={shirt} />);
    expect(screen.getByRole("region", { name: "주문 내역" })).toHaveTextContent(
      "상품명Linen shirt결제 금액64,900원면세 금액4,900원",
    );
    await waitFor(() => expect(screen.getByRole("button", { name: "64,900원 결제하기" })).toBeEnabled());
    await expectAccessible(container);
  });

  it("shows inline messages tied to the inputs and opens no window when required fields are missing", async () => {
    const fake = installFakeIamport();
    const { container } = renderWithIamport(<CheckoutForm params={shirt} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "64,900원 결제하기" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "64,900원 결제하기" }));
    const name = screen.getByLabelText("이름 *");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("필수 입력 항목입니다.");
    expect(screen.getByLabelText("휴대폰 번호 *")).toHaveAccessibleDescription("필수 입력 항목입니다.");
    expect(screen.getByLabelText("이메일")).not.toHaveAttribute("aria-invalid");
    expect(document.activeElement).toBe(name);
    expect(payRequests(fake)).toEqual([]);
    await expectAccessible(container);
  });

  it("rejects a malformed phone number and e-mail with their own messages", async () => {
    installFakeIamport();
    renderWithIamport(<CheckoutForm params={shirt} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("휴대폰 번호 *"), "12345");
    await user.type(screen.getByLabelText("이메일"), "buyer@");
    await user.tab();
    expect(screen.getByLabelText("휴대폰 번호 *")).toHaveAccessibleDescription("010-1234-5678 형식으로 입력해 주세요.");
    expect(screen.getByLabelText("이메일")).toHaveAccessibleDescription("name@example.com 형식으로 입력해 주세요.");
  });

  it("pays with the chosen method and the buyer's details, then shows the result", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL, orders: { "order-2001": { amount: 64900 } } });
    server.use(...verify);
    const fake = installFakeIamport();
    const onPaid = vi.fn();
    const { container } = renderWithIamport(
      <CheckoutForm
        params={shirt}
        payMethods={["card", "trans", "vbank", "kakaopay", "naverpay", "tosspay"]}
        onPaid={onPaid}
      />,
    );
    const user = userEvent.setup();
    expect(screen.getByRole("group", { name: "결제 수단" })).toHaveTextContent(
      "신용·체크카드실시간 계좌이체가상계좌카카오페이네이버페이토스페이",
    );
    await user.click(screen.getByLabelText("카카오페이"));
    await user.type(screen.getByLabelText("이름 *"), "홍길동");
    await user.type(screen.getByLabelText("휴대폰 번호 *"), "010-1234-5678");
    await user.type(screen.getByLabelText("이메일"), "gildong@example.com");
    await user.click(screen.getByRole("button", { name: "64,900원 결제하기" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(payRequests(fake)).toEqual([
      {
        ...shirt,
        pay_method: "kakaopay",
        buyer_name: "홍길동",
        buyer_tel: "010-1234-5678",
        buyer_email: "gildong@example.com",
        m_redirect_url: "http://127.0.0.1/shop/checkout",
      },
    ]);
    expect(onPaid).toHaveBeenCalledTimes(1);
    // The pay button that had focus is gone: the result takes it, so a screen reader reads it and Tab goes on.
    expect(screen.getByRole("status").closest(".iamport-form")).toHaveFocus();
    expect(screen.getByRole("link", { name: "영수증 보기" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\/iamport\.example\/receipts\/imp_/),
    );
    await expectAccessible(container);
  }, 15_000); // user.type types key by key: slow on a loaded CI machine

  it("leaves out a blank optional name or phone number, so the buyer can still pay", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL, orders: { "order-2001": { amount: 64900 } } }));
    const fake = installFakeIamport();
    renderWithIamport(<CheckoutForm params={shirt} required={[]} defaultBuyer={{ name: "  " }} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "64,900원 결제하기" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "64,900원 결제하기" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(payRequests(fake)).toEqual([{ ...shirt, pay_method: "card", m_redirect_url: expect.any(String) }]);
  });

  it("accepts and sends a phone number the way browser autofill writes it", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport();
    renderWithIamport(<CheckoutForm params={shirt} defaultBuyer={{ name: "홍길동" }} />);
    const user = userEvent.setup();
    const tel = screen.getByLabelText("휴대폰 번호 *");
    await user.type(tel, "010 1234 5678");
    await user.tab();
    expect(tel).not.toHaveAttribute("aria-invalid");
    await user.clear(tel);
    await user.type(tel, "+82 10-1234-5678");
    await user.tab();
    expect(tel).not.toHaveAttribute("aria-invalid");
    await user.click(screen.getByRole("button", { name: "64,900원 결제하기" }));
    expect(payRequests(fake).map((r) => (r as { buyer_tel?: string }).buyer_tel)).toEqual(["010-1234-5678"]);
  }, 15_000);

  it("keeps the pay button disabled while the SDK loads, so the window opens inside the click", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    renderWithIamport(<CheckoutForm params={shirt} defaultBuyer={{ name: "홍길동", tel: "010-1234-5678" }} />, {
      sdk: { src: `${inject("scriptOrigin")}/fake-iamport.js?form=1` },
    });
    const pay = screen.getByRole("button", { name: "64,900원 결제하기" });
    expect(pay).toBeDisabled();
    fireEvent.click(pay);
    await waitFor(() => expect(pay).toBeEnabled());
    const fake = (window as unknown as { __IAMPORT_FAKE__: FakeIamport }).__IAMPORT_FAKE__;
    expect(payRequests(fake)).toEqual([]);
    fireEvent.click(pay);
    expect(payRequests(fake)).toHaveLength(1);
  });

  it("requires consent when terms are given", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport();
    renderWithIamport(<CheckoutForm params={shirt} terms defaultBuyer={{ name: "홍길동", tel: "01012345678" }} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "64,900원 결제하기" }));
    const consent = screen.getByRole("checkbox", { name: "주문 내용을 확인했으며 결제에 동의합니다." });
    expect(consent).toHaveAccessibleDescription("결제에 동의해 주세요.");
    expect(payRequests(fake)).toEqual([]);
    await user.click(consent);
    await user.click(screen.getByRole("button", { name: "64,900원 결제하기" }));
    await waitFor(() => expect(payRequests(fake)).toHaveLength(1));
  });

  it("works controlled: the parent owns buyer values and the pay method", async () => {
    const seen: BuyerValues[] = [];
    function Parent() {
      const [buyer, setBuyer] = useState({ name: "김철수", tel: "010-9876-5432", email: "" });
      const [method, setMethod] = useState("vbank");
      return (
        <>
          <CheckoutForm
            params={shirt}
            payMethods={["card", "vbank"]}
            buyer={buyer}
            onBuyerChange={(b) => (seen.push(b), setBuyer({ ...b, name: b.name.toUpperCase() }))}
            payMethod={method}
            onPayMethodChange={setMethod}
          />
          <output data-testid="parent">{`${buyer.name}/${method}`}</output>
        </>
      );
    }
    const fake = installFakeIamport({ window: true });
    renderWithIamport(<Parent />);
    const user = userEvent.setup();
    expect(screen.getByLabelText("가상계좌")).toBeChecked();
    await user.click(screen.getByLabelText("신용·체크카드"));
    await user.type(screen.getByLabelText("이름 *"), "x");
    expect(screen.getByTestId("parent")).toHaveTextContent("김철수X/card");
    expect(seen.at(-1)).toEqual({ name: "김철수x", tel: "010-9876-5432", email: "" });
    await user.click(screen.getByRole("button", { name: "64,900원 결제하기" }));
    expect(payRequests(fake)[0]).toMatchObject({
      pay_method: "card",
      buyer_name: "김철수X",
      buyer_tel: "010-9876-5432",
    });
    expect(payRequests(fake)[0]).not.toHaveProperty("buyer_email");
  });

  it("speaks English, formatting won for an English reader", async () => {
    installFakeIamport();
    renderWithIamport(<CheckoutForm params={shirt} payMethods={["card", "naverpay"]} />, { locale: "en" });
    expect(await screen.findByRole("button", { name: "Pay ₩64,900" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Payment method" })).toHaveTextContent("Credit/debit cardNaver Pay");
    expect(screen.getByLabelText("Mobile number *")).toBeInTheDocument();
  });

  it("leaves focus where the buyer moved it while the payment was confirmed", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport();
    renderWithIamport(
      <>
        <input aria-label="Coupon" />
        <CheckoutForm params={shirt} defaultBuyer={{ name: "홍길동", tel: "010-1234-5678" }} />
      </>,
    );
    const pay = await screen.findByRole("button", { name: "64,900원 결제하기" });
    await waitFor(() => expect(pay).toBeEnabled());
    pay.focus();
    fireEvent.click(pay);
    screen.getByLabelText("Coupon").focus();
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(screen.getByLabelText("Coupon")).toHaveFocus();
  });

  it("shows the virtual account to deposit into when one is issued", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport({ outcome: "ready" });
    const { container } = renderWithIamport(
      <CheckoutForm params={shirt} payMethods={["vbank"]} defaultBuyer={{ name: "홍길동", tel: "010-1234-5678" }} />,
    );
    fireEvent.click(await screen.findByRole("button", { name: "64,900원 결제하기" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("가상계좌가 발급되었습니다."));
    expect(screen.getByText("T1234-5678-9012")).toBeInTheDocument();
    await expectAccessible(container);
  });
});

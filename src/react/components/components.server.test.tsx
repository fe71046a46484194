import { renderToString } from "react-dom/server";
import {
  BillingKeyButton,
  CertificationButton,
  CheckoutForm,
  IamportProvider,
  IamportRedirectHandler,
  PaymentButton,
  PaymentResult,
} from "../..";

const inProvider = (ui: React.ReactNode) =>
  renderToString(
    <IamportProvider userCode="imp12345678" verify={{ url: "/api/iamport/verify" }}>
      {ui}
    </IamportProvider>,
  );

describe("components on the server", () => {
  it.each([
    ["PaymentButton", <PaymentButton key="p" params={{ merchant_uid: "o", amount: 1000 }} />],
    ["CheckoutForm", <CheckoutForm key="c" params={{ merchant_uid: "o", name: "Shirt", amount: 64900 }} />],
    ["CertificationButton", <CertificationButton key="ce" />],
    ["BillingKeyButton", <BillingKeyButton key="b" params={{ merchant_uid: "b", customer_uid: "c", amount: 0 }} />],
    [
      "PaymentResult",
      <PaymentResult
        key="r"
        outcome={{ status: "paid", imp_uid: "i", merchant_uid: "o", verification: { status: "paid" } }}
      />,
    ],
    ["IamportRedirectHandler", <IamportRedirectHandler key="h" />],
  ])("renders %s as a neutral placeholder without touching window", (_name, ui) => {
    expect(typeof window).toBe("undefined");
    const html = inProvider(ui);
    expect(html).toMatch(/data-(state|status)="placeholder"/);
    expect(html).not.toContain("결제가 완료되었습니다");
  });

  it("renders the order summary and a disabled pay button for CheckoutForm", () => {
    const html = inProvider(<CheckoutForm params={{ merchant_uid: "o", name: "Shirt", amount: 64900 }} />);
    expect(html).toContain("64,900원 결제하기");
    expect(html).toMatch(/<button type="submit"[^>]*disabled/);
  });

  it.each([
    ["PaymentButton", () => <PaymentButton params={{ merchant_uid: "o", amount: 1 }} />, "usePayment"],
    ["CertificationButton", () => <CertificationButton />, "useCertification"],
    [
      "BillingKeyButton",
      () => <BillingKeyButton params={{ merchant_uid: "b", customer_uid: "c", amount: 0 }} />,
      "useBillingKey",
    ],
    ["PaymentResult", () => <PaymentResult outcome={null} />, "PaymentResult"],
    ["IamportRedirectHandler", () => <IamportRedirectHandler />, "useIamportRedirect"],
  ])("still requires the provider for %s", (_name, ui, hook) => {
    expect(() => renderToString(ui())).toThrow(`\`${hook}\` must be used within \`<IamportProvider>\`.`);
  });
});

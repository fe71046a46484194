// The README quick start, verbatim but for `sdk.src` (the fake SDK in redirect mode, as a mobile PG behaves):
// a provider and a pay button in StrictMode, no `redirectUrl`, no redirect handler.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { IamportProvider, usePayment } from "../../dist/index.js";

function Checkout() {
  const { requestPay, isPending, outcome } = usePayment();
  const paid = outcome?.status === "paid"; // i'mport refuses a second payment for a paid merchant_uid (F1002)
  return (
    <button
      disabled={isPending || paid}
      onClick={() =>
        requestPay({ merchant_uid: `order-${Date.now()}`, name: "Linen shirt", amount: 64900, pay_method: "card" })
      }
    >
      {paid ? "Paid" : "Pay 64,900원"}
    </button>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <IamportProvider
      userCode="imp12345678"
      verify={{ url: "/api/iamport/verify" }}
      defaults={{ channelKey: "channel-key-demo" }}
      sdk={{ src: "/fake-iamport.js?redirect=1" }}
    >
      <Checkout />
    </IamportProvider>
  </StrictMode>,
);

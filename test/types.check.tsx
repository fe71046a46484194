// Compiled by `npm run typecheck` (part of `npm test`): each @ts-expect-error must stay an error.
import type {
  BillingKeyOutcome,
  BillingKeyRequest,
  CertificationRequest,
  PaymentOutcome,
  PaymentRequest,
  Pg,
} from "../src";

const full: PaymentRequest = {
  channelKey: "channel-key-1",
  pg: "html5_inicis.INIpayTest",
  pay_method: "card",
  merchant_uid: "order-1",
  name: "Linen shirt",
  amount: 64900,
  currency: "KRW",
  buyer_name: "홍길동",
  buyer_tel: "010-1234-5678",
  buyer_email: "buyer@example.com",
  buyer_addr: "서울특별시",
  buyer_postcode: "01181",
  m_redirect_url: "https://shop.example/pay/return",
  notice_url: ["https://shop.example/hook"],
  display: { card_quota: [2, 3] },
  card: { direct: { code: "361", quota: 0 }, detail: [{ card_code: "*", enabled: false }] },
  period: { from: "20260101", to: "20261231" },
  bypass: { acceptmethod: "SKIN(#C1272C)", tosspayments: { useInternationalCardOnly: true } },
  naverProducts: [{ categoryType: "PRODUCT", categoryId: "GENERAL", uid: "p1", name: "Shirt", count: 1 }],
  naverPopupMode: true,
  vbank_due: "2026-12-31",
  digital: false,
  custom_data: { coupon: "WELCOME" },
};

const mispelt: PaymentRequest = {
  merchant_uid: "order-1",
  amount: 1000,
  // @ts-expect-error a misspelt key does not type-check
  buyer_adrr: "서울",
};

// @ts-expect-error amount is a number, not a string
const stringAmount: PaymentRequest = { merchant_uid: "order-1", amount: "1000" };

// @ts-expect-error a billing key needs customer_uid
const noCustomer: BillingKeyRequest = { merchant_uid: "bill-1", amount: 0 };

const pgs: Pg[] = ["kcp", "kcp.A52CY", "tosspayments", "some_future_pg"];

const certification: CertificationRequest = { pg: "danal", min_age: 19, carrier: "SKT", popup: false };
// @ts-expect-error carriers are a closed set
const badCarrier: CertificationRequest = { carrier: "VERIZON" };

// Misspellings inside the documented PG-specific shapes still fail (the examples are in test/requestExamples.ts).
const order = { merchant_uid: "order-1", amount: 1000 };
const misspelt2: PaymentRequest[] = [
  // @ts-expect-error `naverProducts` item: `cnt` is not `count`
  { ...order, naverProducts: [{ categoryType: "BOOK", categoryId: "GENERAL", uid: "1", name: "책", cnt: 1 }] },
  // @ts-expect-error `card.direct.qouta`
  { ...order, card: { direct: { code: "361", qouta: 3 } } },
  // @ts-expect-error `display.card_qouta`
  { ...order, display: { card_qouta: [3] } },
  // @ts-expect-error welcome/caution.mdx: `from` without `to` is refused by i'mport
  { ...order, period: { from: "2023-01-01" } },
  // @ts-expect-error welcome/caution.mdx: dates and `interval` together are refused
  { ...order, period: { from: "20230101", to: "20230301", interval: "1m" } },
  // @ts-expect-error KCP Quick Pay: an unknown `actionType`
  { ...order, bypass: { kcpQuick: { actionType: "Regster", memberID: "m" } } },
  {
    ...order,
    // @ts-expect-error naverco shipping: an unknown `method`
    naverProducts: [{ id: "p", name: "n", basePrice: 1, shipping: { groupId: "g", method: "POST", baseFee: 0 } }],
  },
  // @ts-expect-error smart routing is `channelGroupId`
  { ...order, channelGroupID: "channel-group-1" },
  // @ts-expect-error welcome/caution.mdx:46 writes the amount as a string; i'mport wants a number
  { merchant_uid: "order-1", amount: "50000" },
];
// @ts-expect-error a billing key keeps `customer_uid` required even where `amount` may be left out
const noCustomerKcp: BillingKeyRequest = {
  merchant_uid: "k-1",
  bypass: { kcpQuick: { actionType: "Register", memberID: "m" } },
};
// @ts-expect-error certification: `min_ages`
const misspeltCert: CertificationRequest = { min_ages: 19 };

function describeOutcome(outcome: PaymentOutcome): string {
  switch (outcome.status) {
    case "paid":
      return outcome.verification.status;
    case "ready":
      return outcome.vbank?.vbank_num ?? "";
    case "cancelled":
    case "failed":
      return outcome.error.code;
    case "redirecting":
      return outcome.merchant_uid;
  }
}

function customerOf(outcome: BillingKeyOutcome): string {
  return outcome.customer_uid;
}

export { misspelt2, noCustomerKcp, misspeltCert };
export { full, mispelt, stringAmount, noCustomer, pgs, certification, badCarrier, describeOutcome, customerOf };

// The parameters of `IMP.request_pay` and `IMP.certification`, snake_case exactly as i'mport's V1 docs spell them
// (SDK reference `payrq`/`cft` and every per-PG guide). test/requestExamples.ts holds each documented example.

/** PG codes i'mport documents (`pg` / `pg_provider`). */
export type PgCode =
  | "html5_inicis"
  | "inicis"
  | "inicis_unified"
  | "inicis_jp"
  | "kcp"
  | "kcp_billing"
  | "kcp_quick"
  | "kcp_v2"
  | "uplus"
  | "tosspayments"
  | "toss_brandpay"
  | "nice"
  | "nice_v2"
  | "kicc"
  | "kakaopay"
  | "danal"
  | "danal_tpay"
  | "mobilians"
  | "payco"
  | "paypal"
  | "paypal_v2"
  | "eximbay"
  | "naverpay"
  | "naverco"
  | "smilepay"
  | "daou"
  | "paymentwall"
  | "tosspay"
  | "tosspay_v2"
  | "smartro"
  | "smartro_v2"
  | "settle"
  | "settle_acc"
  | "settle_firm"
  | "ksnet"
  | "galaxia"
  | "welcome"
  | "payletter_global"
  | "kpn"
  | "hyphen"
  | "jtnet"
  | "bluewalnut"
  | "chai"
  | "alipay"
  | "syrup"
  | "payple";

/** A PG code, `"code.MID"`, or any other string i'mport may add later (autocompletion kept). */
export type Pg = PgCode | `${PgCode}.${string}` | (string & {});

/** Every `pay_method` i'mport documents; anything else is refused before a window opens. */
export const PAY_METHODS = [
  "card",
  "trans",
  "vbank",
  "phone",
  "samsung",
  "samsungpay",
  "applepay",
  "kpay",
  "kakaopay",
  "naverpay",
  "naverpay_card",
  "naverpay_point",
  "payco",
  "lpay",
  "ssgpay",
  "ssgpay_bank",
  "tosspay",
  "tosspay_card",
  "tosspay_money",
  "toss_brandpay",
  "skpay",
  "pinpay",
  "paypal",
  "cultureland",
  "smartculture",
  "culturegift",
  "booknlife",
  "happymoney",
  "point",
  "wechat",
  "alipay",
  "alipay_plus",
  "unionpay",
  "tenpay",
  "paysbuy",
  "econtext",
  "molpay",
  "chai",
] as const;

export type PayMethodCode = (typeof PAY_METHODS)[number];
/** A documented `pay_method`; typed open (autocompletion kept) so widened strings compile, checked at run time. */
export type PayMethod = PayMethodCode | (string & {});

/** ISO 4217 code; i'mport documents KRW, USD, EUR, JPY, and PayPal/Eximbay/Paymentwall take others. */
export type Currency = "KRW" | "USD" | "EUR" | "JPY" | (string & {});

/** Mobile carriers for identity verification (`carrier`) and Welcome's phone window (`phone.detail`). */
export const CARRIERS = ["SKT", "KTF", "LGT", "MVNO"] as const;
export type Carrier = (typeof CARRIERS)[number];

export interface CardDirect {
  /** Card company code (금융결제원), e.g. `"361"` for BC. */
  code: string;
  /** Installment months; 0 = lump sum. Some PGs take the code alone. */
  quota?: number;
  /** Danal: pay with card points (`"Y"`). */
  usePoint?: string;
}

export interface CardDetail {
  /** Card company code, or `"*"` for every card. */
  card_code: string;
  enabled?: boolean;
  /** Merchant-paid interest-free installment months. */
  max_month?: number;
}

export interface CardOptions {
  direct?: CardDirect;
  detail?: CardDetail[];
  /** INICIS: merchant-paid interest-free up to N months. */
  interest_free?: number;
  /** Toss Pay: `false` hides installments. */
  useInstallment?: boolean;
  /** Paymentwall Brick only: issue a billing key without a window. */
  info?: { number: string; expiry: string; cvc?: string };
}

export interface DisplayOptions {
  /** Installment months offered besides lump sum; `[]` = lump sum only. */
  card_quota?: number[];
  /** Toss Payments: hide lump sum. */
  only_installment?: boolean;
}

/** Service period: both dates (`YYYYMMDD`, `YYYY-MM-DD`, with an optional time), or an `interval` instead. */
export type Period = { from: string; to: string; interval?: never } | { interval: string; from?: never; to?: never };

/** Escrow / PayPal line items (`products`). */
export interface EscrowProduct {
  id?: string;
  name?: string;
  code?: string;
  unitPrice?: number;
  quantity?: number;
  tag?: string;
}

/** KCP (`kcpProducts`) and KICC (`kiccProducts`) escrow line items. */
export interface EscrowLine {
  orderNumber: string;
  name: string;
  quantity: number;
  amount: number;
}

/** A Naver Pay (결제형, `naverpay`) product. */
export interface NaverPayProduct {
  categoryType: string;
  categoryId: string;
  uid: string;
  name: string;
  count: number;
  payReferrer?: string;
  startDate?: string | number;
  endDate?: string | number;
  sellerId?: string;
}

export interface NaverShipping {
  groupId: string;
  method: "DELIVERY" | "QUICK_SVC" | "DIRECT_DELIVERY" | "VISIT_RECEIPT" | "NOTHING";
  baseFee: number;
  feePayType?: "PREPAYED" | "CASH_ON_DELIVERY";
  feeRule?: {
    freeByThreshold?: number;
    repeatByQty?: number;
    rangesByQty?: number | { from: number; surcharge: number }[];
    surchargesByArea?: "API" | { area: string; surcharge: number }[];
  };
}

/** A Naver Pay order-type (주문형, `naverco`) product with its options, supplements and shipping. */
export interface NaverOrderProduct {
  id: string;
  merchantProductId?: string;
  ecMallProductId?: string;
  name: string;
  basePrice: number;
  taxType?: "TAX" | "TAX_FREE";
  quantity?: number;
  infoUrl?: string;
  imageUrl?: string;
  giftName?: string;
  options?: {
    optionQuantity: number;
    optionPrice: number;
    selectionCode: string;
    selections: { code: string; label: string; value: string }[];
  }[];
  supplements?: { id: string; name: string; price: number; quantity: number }[];
  shipping?: NaverShipping;
}

export type NaverProduct = NaverPayProduct | NaverOrderProduct;

/** KCP Quick Pay (`bypass.kcpQuick`): register, pay and manage a buyer's saved methods. */
export interface KcpQuick {
  actionType:
    | "Register"
    | "Deregister"
    | "Pay"
    | "PinChange"
    | "PinReset"
    | "PinCheck"
    | "PhoneChange"
    | "SignUp"
    | "Terminate"
    | "Leave"
    | "PrepaidRefundAccount"
    | "PrepaidRefund"
    | "PrepaidOfflinePaymentInfo"
    | "RegisterFido";
  memberID: string;
  encryptedCI?: string;
  sdkVersion?: string;
  prepaidOfflinePaymentInfoRequest?: Record<string, string | number>;
}

/** PG-specific parameters passed through to the PG unchanged. */
export interface PgBypass {
  acceptmethod?: string;
  P_RESERVED?: string;
  ini_PAYSHOT_KEY?: string;
  P_PAYSHOT_KEY?: string;
  /** Cash receipt for transfers and easy pay (NICE, Smartro, Welcome, Toss Payments). */
  cashReceiptType?: string;
  customerIdentifier?: string;
  isCulturalExpense?: boolean;
  /** KCP: the merchant's member id (required for phone payments). */
  shop_user_id?: string;
  /** Paymentwall. */
  widget_code?: string;
  ps?: string;
  country_code?: string;
  kcpQuick?: KcpQuick;
  inicis?: { authtype?: string; [key: string]: unknown };
  inicis_jp?: { paymentUI?: { colorTheme?: string; logoUrl?: string }; [key: string]: unknown };
  welcome?: { acceptmethod?: string[]; P_RESERVED?: string[]; [key: string]: unknown };
  daou?: { PRODUCTCODE?: string; CASHRECEIPTFLAG?: number | string; [key: string]: unknown };
  paypal_v2?: { additional_data?: { key: string; value: string }[]; [key: string]: unknown };
  [pg: string]: unknown;
}

/** INICIS Japan / KSNET merchant details shown in the window. */
export interface StoreDetails {
  storeName?: string;
  storeNameKana?: string;
  storeNameEn?: string;
  storeNameShort?: string;
  contactName?: string;
  email?: string;
  phoneNumber?: string;
  openingHours?: { open: string; close: string };
  ceoFullName?: string;
  address?: string;
  businessName?: string;
  businessRegistrationNumber?: string;
}

/** The parameters of `IMP.request_pay`, every one i'mport documents. */
export interface PaymentRequest {
  /** Channel key from the console (latest SDK); replaces `pg`. */
  channelKey?: string;
  /** Smart routing: a channel group id instead of `channelKey`. */
  channelGroupId?: string;
  /** @deprecated by `channelKey`; `"pg"` or `"pg.MID"`. */
  pg?: Pg;
  pay_method?: PayMethod;
  /** Your order id: unique per request, at most 40 characters. */
  merchant_uid: string;
  /** Order name; at most 40 characters (16 for some older PGs). */
  name?: string;
  /** The amount to charge: a number in the currency's unit (an integer for KRW). */
  amount: number;
  currency?: Currency;
  language?: "ko" | "en" | "zh" | "jp" | (string & {});
  locale?: string;
  tax_free?: number;
  vat_amount?: number | null;
  /** @deprecated use `vat_amount`. */
  vat?: number;
  buyer_name?: string;
  buyer_tel?: string;
  buyer_email?: string;
  buyer_addr?: string;
  buyer_postcode?: string;
  /** INICIS Japan. */
  buyer_first_name_kana?: string;
  buyer_last_name_kana?: string;
  /** Echoed back in the payment; must survive `JSON.stringify`. */
  custom_data?: unknown;
  notice_url?: string | string[];
  confirm_url?: string;
  /** Turns the window into billing-key issuance (see `useBillingKey`). */
  customer_uid?: string;
  /** Your member id (Toss Payments, Galaxia, Welcome, KG Mobilians billing, INICIS Japan). */
  customer_id?: string;
  /** Absolute URL the buyer returns to after a redirect-style flow. Filled in by the kit when absent. */
  m_redirect_url?: string;
  app_scheme?: string;
  popup?: boolean;
  digital?: boolean;
  vbank_due?: string;
  biz_num?: string;
  escrow?: boolean;
  products?: EscrowProduct[];
  kcpProducts?: EscrowLine[];
  kiccProducts?: EscrowLine[];
  period?: Period;
  display?: DisplayOptions;
  card?: CardOptions;
  /** Welcome: which carriers the phone window offers. */
  phone?: { detail?: { carrier: Carrier | "*" | (string & {}); enabled?: boolean }[] };
  useFreeInterestFromMall?: boolean;
  bypass?: PgBypass;
  /** Card promotions (console): `isPromotion` with the promotion's id. */
  isPromotion?: boolean;
  promotion_id?: string;
  naverPopupMode?: boolean;
  naverUseCfm?: string;
  naverProducts?: NaverProduct[];
  naverPurchaserName?: string;
  naverPurchaserBirthday?: string;
  naverMerchantUserKey?: string;
  naverCultureBenefit?: boolean;
  naverProductCode?: string;
  naverProductCount?: number;
  /** Naver Pay order type: inflow codes read from Naver's cookies. */
  naverInterface?: { cpaInflowCode?: string; naverInflowCode?: string; saClickId?: string };
  appCard?: boolean;
  useCardPoint?: boolean;
  /** Company name shown in the window (Danal, KCP, KICC, Settle). */
  company?: string;
  /** KCP: `"key-in"` for a one-off key-in payment. */
  auth_mode?: string;
  /** NICE (old module): the new mobile window. */
  niceMobileV2?: boolean;
  /** Paymentwall: offer test methods. */
  use_test_method?: boolean;
  /** KICC: order description; Alipay+ wallet choice. */
  order_description?: string;
  alipay_plus?: { wallet: string };
  /** INICIS Japan convenience-store payments. */
  cvs?: { payment_deadline?: { valid_hours?: number; due_date?: string } };
  storeDetails?: StoreDetails;
  /** PayPal STC (PayPal Express Checkout). */
  optional?: { use_stc_api?: boolean; stc_data?: Record<string, string> };
}

/**
 * A `PaymentRequest` that issues a billing key: `customer_uid` is required; `amount` may be 0, or absent where
 * the PG only registers the method (KCP Quick Pay, Toss Pay).
 */
export type BillingKeyRequest = Omit<PaymentRequest, "customer_uid" | "amount"> & {
  customer_uid: string;
  amount?: number;
};

/** The parameters of `IMP.certification` (identity verification, 본인인증). */
export interface CertificationRequest {
  channelKey?: string;
  /** @deprecated by `channelKey`; `"danal"`, `"inicis_unified"`, `"inicis"`, optionally `".MID"`. */
  pg?: Pg;
  /** Your request id; generated when absent. */
  merchant_uid?: string;
  /** Minimum age (Danal only). */
  min_age?: number;
  name?: string;
  phone?: string;
  carrier?: Carrier;
  /** Service domain or name shown to the buyer (KISA). */
  company?: string;
  m_redirect_url?: string;
  popup?: boolean;
}

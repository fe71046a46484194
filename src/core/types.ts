// Wire types of i'mport V1, snake_case exactly as its docs spell them.

/** The three things an i'mport window does; also the `type` posted to the verify endpoint. */
export type RequestKind = "payment" | "billing_key" | "certification";

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

/** `pay_method` values i'mport documents. */
export type PayMethodCode =
  | "card"
  | "trans"
  | "vbank"
  | "phone"
  | "samsung"
  | "samsungpay"
  | "applepay"
  | "kpay"
  | "kakaopay"
  | "naverpay"
  | "naverpay_card"
  | "naverpay_point"
  | "payco"
  | "lpay"
  | "ssgpay"
  | "ssgpay_bank"
  | "tosspay"
  | "tosspay_card"
  | "tosspay_money"
  | "toss_brandpay"
  | "skpay"
  | "pinpay"
  | "paypal"
  | "cultureland"
  | "smartculture"
  | "culturegift"
  | "booknlife"
  | "happymoney"
  | "point"
  | "wechat"
  | "alipay"
  | "unionpay"
  | "tenpay"
  | "paysbuy"
  | "econtext"
  | "molpay"
  | "chai";

export type PayMethod = PayMethodCode | (string & {});

export type Currency = "KRW" | "USD" | "EUR" | "JPY" | (string & {});

export interface CardDirect {
  /** Card company code (금융결제원), e.g. `"361"` for BC. */
  code: string;
  /** Installment months; 0 = lump sum. */
  quota: number;
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
  /** Paymentwall Brick only: issue a billing key without a window. */
  info?: { number: string; expiry: string; cvc?: string };
}

export interface EscrowProduct {
  id?: string;
  name?: string;
  code?: string;
  unitPrice?: number;
  quantity?: number;
}

export interface NaverProduct {
  categoryType: string;
  categoryId: string;
  uid: string;
  name: string;
  count: number;
  payReferrer?: string;
  startDate?: string;
  endDate?: string;
  sellerId?: string;
}

export interface PgBypass {
  acceptmethod?: string;
  P_RESERVED?: string;
  ini_PAYSHOT_KEY?: string;
  P_PAYSHOT_KEY?: string;
  inicis?: { authtype?: string; [key: string]: unknown };
  site_logo?: string;
  widget_code?: string;
  tosspayments?: Record<string, unknown>;
  daou?: { PRODUCTCODE?: string; CASHRECEIPTFLAG?: number | string; [key: string]: unknown };
  [pg: string]: unknown;
}

/** The parameters of `IMP.request_pay`, every one i'mport documents. */
export interface PaymentRequest {
  /** Channel key from the console (latest SDK); replaces `pg`. */
  channelKey?: string;
  /** @deprecated by `channelKey`; `"pg"` or `"pg.MID"`. */
  pg?: Pg;
  pay_method?: PayMethod;
  /** Your order id: unique per request, at most 40 characters. */
  merchant_uid: string;
  /** Order name; at most 40 characters (16 for some older PGs). */
  name?: string;
  /** The amount to charge: a number, an integer for KRW. */
  amount: number;
  currency?: Currency;
  language?: "ko" | "en" | "zh" | "jp" | (string & {});
  tax_free?: number;
  vat_amount?: number | null;
  /** @deprecated use `vat_amount`. */
  vat?: number;
  buyer_name?: string;
  buyer_tel?: string;
  buyer_email?: string;
  buyer_addr?: string;
  buyer_postcode?: string;
  custom_data?: unknown;
  notice_url?: string | string[];
  confirm_url?: string;
  /** Turns the window into billing-key issuance (see `useBillingKey`). */
  customer_uid?: string;
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
  period?: { from: string; to: string };
  display?: { card_quota?: number[] };
  card?: CardOptions;
  useFreeInterestFromMall?: boolean;
  bypass?: PgBypass;
  naverPopupMode?: boolean;
  naverUseCfm?: string;
  naverProducts?: NaverProduct[];
  naverPurchaserName?: string;
  naverPurchaserBirthday?: string;
  naverMerchantUserKey?: string;
  naverCultureBenefit?: boolean;
  naverProductCode?: string;
  naverProductCount?: number;
  appCard?: boolean;
  useCardPoint?: boolean;
  locale?: string;
  /** Danal: service name shown in the window. */
  company?: string;
}

/** A `PaymentRequest` that issues a billing key: `customer_uid` is required, `amount` may be 0. */
export type BillingKeyRequest = Omit<PaymentRequest, "customer_uid"> & { customer_uid: string };

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
  carrier?: "SKT" | "KTF" | "LGT" | "MVNO";
  /** Service domain or name shown to the buyer (KISA). */
  company?: string;
  m_redirect_url?: string;
  popup?: boolean;
}

/** The fields every i'mport callback carries; only these are guaranteed. */
interface ResultBase {
  imp_uid: string | null;
  merchant_uid: string;
  /** @deprecated and unreliable: never proof of success. */
  success?: boolean | "true" | "false";
  /** @deprecated and unreliable: never proof of success. */
  imp_success?: boolean | "true" | "false";
  error_code?: string | null;
  error_msg?: string | null;
}

/** What `IMP.request_pay` hands its callback. Only `imp_uid`, `merchant_uid` and the error fields are guaranteed. */
export interface PaymentResponse extends ResultBase {
  pay_method?: string;
  paid_amount?: number;
  status?: "ready" | "paid" | "failed";
  name?: string;
  pg_provider?: string;
  emb_pg_provider?: string | null;
  pg_tid?: string;
  pg_type?: string;
  buyer_name?: string;
  buyer_email?: string;
  buyer_tel?: string;
  buyer_addr?: string;
  buyer_postcode?: string;
  custom_data?: unknown;
  paid_at?: number | string;
  receipt_url?: string;
  currency?: string;
  apply_num?: string;
  card_name?: string;
  card_number?: string;
  card_quota?: number;
  bank_name?: string | null;
  vbank_num?: string;
  vbank_name?: string;
  vbank_holder?: string | null;
  vbank_date?: number | string;
}

/** What `IMP.certification` hands its callback. */
export interface CertificationResponse extends ResultBase {
  pg_provider?: string;
}

/** The `window.IMP` object the CDN script creates. */
export interface IMPGlobal {
  init(userCode: string): void;
  agency?(userCode: string, tierCode: string): void;
  request_pay(params: Record<string, unknown>, callback?: (rsp: PaymentResponse) => void): void;
  certification?(params: Record<string, unknown>, callback?: (rsp: CertificationResponse) => void): void;
  close?(): void;
}

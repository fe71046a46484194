// Wire types of i'mport V1, snake_case exactly as its docs spell them.

/** The three things an i'mport window does; also the `type` posted to the verify endpoint. */
export type RequestKind = "payment" | "billing_key" | "certification";

// The request parameters live in requestTypes.ts (owned by validation; the runtime edits this file).
export type {
  BillingKeyRequest,
  CardDetail,
  CardDirect,
  CardOptions,
  Carrier,
  CertificationRequest,
  Currency,
  DisplayOptions,
  EscrowLine,
  EscrowProduct,
  KcpQuick,
  NaverOrderProduct,
  NaverPayProduct,
  NaverProduct,
  NaverShipping,
  PaymentRequest,
  PayMethod,
  PayMethodCode,
  Period,
  Pg,
  PgBypass,
  PgCode,
  StoreDetails,
} from "./requestTypes";

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

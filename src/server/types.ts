// i'mport V1 REST resources, snake_case as its API returns them (reference §7).

export interface Payment {
  imp_uid: string;
  merchant_uid: string;
  amount: number;
  cancel_amount: number;
  currency: string;
  status: "ready" | "paid" | "cancelled" | "failed";
  sandbox?: boolean;
  pay_method: string;
  channel?: "pc" | "mobile" | "api";
  pg_provider?: string;
  emb_pg_provider?: string | null;
  pg_tid?: string;
  name?: string | null;
  buyer_name?: string | null;
  buyer_email?: string | null;
  buyer_tel?: string | null;
  custom_data?: string | null;
  card_name?: string | null;
  card_number?: string | null;
  card_quota?: number | null;
  vbank_code?: string | null;
  vbank_name?: string | null;
  vbank_num?: string | null;
  vbank_holder?: string | null;
  vbank_date?: number;
  vbank_issued_at?: number;
  started_at?: number;
  paid_at?: number;
  failed_at?: number;
  cancelled_at?: number;
  fail_reason?: string | null;
  cancel_reason?: string | null;
  receipt_url?: string | null;
  customer_uid?: string | null;
  customer_uid_usage?: "issue" | "payment" | "payment.scheduled" | null;
  [field: string]: unknown;
}

export interface Certification {
  imp_uid: string;
  merchant_uid: string | null;
  pg_provider: string;
  pg_tid?: string;
  name?: string | null;
  gender?: "male" | "female" | null;
  birthday?: string | null;
  foreigner: boolean;
  phone?: string | null;
  carrier?: string | null;
  certified: boolean;
  certified_at?: number;
  /** CI: identifies the person across services. Keep it on the server. */
  unique_key?: string | null;
  /** DI: identifies the person within your site. Keep it on the server. */
  unique_in_site?: string | null;
  origin?: string | null;
  [field: string]: unknown;
}

export interface BillingKey {
  customer_uid: string;
  pg_provider: string;
  pg_id?: string;
  card_name?: string | null;
  card_code?: string | null;
  card_number?: string | null;
  card_type?: 0 | 1 | null;
  customer_name?: string | null;
  customer_tel?: string | null;
  customer_email?: string | null;
  inserted?: number;
  updated?: number;
  [field: string]: unknown;
}

export interface CancelPaymentRequest {
  imp_uid?: string;
  merchant_uid?: string;
  reason: string;
  /** Partial amount; omitted means a full refund. */
  amount?: number;
  /** The refundable balance you believe remains; i'mport refuses the cancel when it differs (no double refunds). */
  checksum?: number;
  tax_free?: number;
  vat_amount?: number;
  refund_holder?: string;
  refund_bank?: string;
  refund_account?: string;
  refund_tel?: string;
  extra?: { requester?: "customer" | "admin" };
}

export interface PayWithBillingKeyRequest {
  customer_uid: string;
  merchant_uid: string;
  amount: number;
  name: string;
  currency?: string;
  tax_free?: number;
  vat_amount?: number;
  buyer_name?: string;
  buyer_email?: string;
  buyer_tel?: string;
  card_quota?: number;
  custom_data?: string;
  notice_url?: string;
  [field: string]: unknown;
}

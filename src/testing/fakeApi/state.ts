import type { BillingKey, Certification, Payment, PreparedPayment, Receipt, Schedule } from "../../server/types";
import { nextImpUid } from "../ledger";
import { seconds } from "./envelope";

/** A record as i'mport holds it, with the sub-merchant (`Tier`) it belongs to. */
export type Stored<T> = T & { tier?: string };
export interface StoredSchedule extends Schedule {
  tier?: string;
  notice_url_of_schedule?: string;
}

/** Everything the fake i'mport remembers, shared by the route files. */
export interface FakeState {
  payments: Map<string, Stored<Payment>>;
  certifications: Map<string, Stored<Certification>>;
  billingKeys: Map<string, Stored<BillingKey>>;
  prepared: Map<string, Stored<PreparedPayment>>;
  schedules: Map<string, StoredSchedule>;
  receipts: Map<string, Receipt>;
  escrows: Map<string, { company: string; invoice: string; sent_at: number; applied_at: number }>;
  /** Whether payments made without saying otherwise come from a test channel. */
  sandbox: boolean;
  /** A card charge above this amount is declined (`한도초과`). */
  cardLimit: number;
}

export function createState(options: { sandbox?: boolean; cardLimit?: number }): FakeState {
  return {
    payments: new Map(),
    certifications: new Map(),
    billingKeys: new Map(),
    prepared: new Map(),
    schedules: new Map(),
    receipts: new Map(),
    escrows: new Map(),
    sandbox: options.sandbox ?? false,
    cardLimit: options.cardLimit ?? 1_000_000,
  };
}

/** Records only the caller's sub-merchant may see (none, or the `Tier` it sent). */
export const visible = <T extends { tier?: string }>(record: T | undefined, tier: string | undefined) =>
  record && record.tier === tier ? record : undefined;

const CARDS = { card_code: "361", card_name: "BC카드", card_number: "910020*********3", card_type: 0 } as const;

/** A payment with every field i'mport answers: `null` where a field does not apply, `0` for timestamps. */
export function newPayment(
  state: FakeState,
  fields: Partial<Payment> & { merchant_uid: string; amount: number; tier?: string },
): Stored<Payment> {
  const now = seconds();
  const payment: Stored<Payment> = {
    imp_uid: nextImpUid(),
    pay_method: "card",
    channel: "pc",
    pg_provider: "html5_inicis",
    emb_pg_provider: null,
    pg_tid: null,
    pg_id: "INIpayTest",
    sandbox: state.sandbox,
    escrow: false,
    apply_num: null,
    bank_code: null,
    bank_name: null,
    card_code: null,
    card_name: null,
    card_issuer_code: null,
    card_issuer_name: null,
    card_publisher_code: null,
    card_publisher_name: null,
    card_quota: 0,
    card_number: null,
    card_type: null,
    vbank_code: null,
    vbank_name: null,
    vbank_num: null,
    vbank_holder: null,
    vbank_date: 0,
    vbank_issued_at: 0,
    name: null,
    cancel_amount: 0,
    currency: "KRW",
    buyer_name: null,
    buyer_email: null,
    buyer_tel: null,
    buyer_addr: null,
    buyer_postcode: null,
    custom_data: null,
    user_agent: "sorry_not_supported_anymore",
    status: "paid",
    started_at: now,
    paid_at: 0,
    failed_at: 0,
    cancelled_at: 0,
    fail_reason: null,
    cancel_reason: null,
    receipt_url: null,
    cancel_history: [],
    cancel_receipt_urls: [],
    cash_receipt_issued: false,
    customer_uid: null,
    customer_uid_usage: null,
    ...fields,
  };
  settle(payment, payment.status);
  state.payments.set(payment.imp_uid, payment);
  return payment;
}

/** Moves a payment to `status`, filling what i'mport fills at that moment (times, approval, vbank details). */
export function settle(payment: Payment, status: Payment["status"], failReason?: string): Payment {
  const now = seconds();
  payment.status = status;
  if (status === "paid") {
    payment.paid_at ||= now;
    payment.pg_tid ??= `StdpayCARD${payment.imp_uid.slice(4)}`;
    payment.apply_num ??= payment.imp_uid.slice(-8);
    payment.receipt_url ??= `https://iniweb.inicis.com/receipt/${payment.imp_uid}`;
    if (payment.pay_method === "card") {
      payment.card_code ??= CARDS.card_code;
      payment.card_name ??= CARDS.card_name;
      payment.card_number ??= CARDS.card_number;
      payment.card_type ??= CARDS.card_type;
    }
  } else if (status === "ready" && payment.pay_method === "vbank") {
    payment.vbank_code ??= "004";
    payment.vbank_name ??= "국민은행";
    payment.vbank_num ??= "T1234-5678-9012";
    payment.vbank_holder ??= "(주)아임포트테스트";
    payment.vbank_date ||= now + 3 * 86_400;
    payment.vbank_issued_at ||= now;
    payment.paid_at = 0;
  } else if (status === "failed") {
    payment.failed_at ||= now;
    payment.fail_reason = failReason ?? payment.fail_reason ?? "결제에 실패했습니다.";
  }
  return payment;
}

/** A billing key's card record, as `GET /subscribe/customers/{customer_uid}` answers it. */
export function newBillingKey(
  state: FakeState,
  fields: Partial<BillingKey> & { customer_uid: string; tier?: string },
): Stored<BillingKey> {
  const now = seconds();
  const key: Stored<BillingKey> = {
    pg_provider: "tosspayments",
    pg_id: "tosstest",
    sandbox: state.sandbox,
    customer_id: null,
    card_name: "신한카드",
    card_code: "366",
    card_issuer_code: null,
    card_issuer_name: null,
    card_publisher_code: null,
    card_publisher_name: null,
    card_number: "4092-****-****-1234",
    card_type: 0,
    customer_name: null,
    customer_tel: null,
    customer_email: null,
    customer_addr: null,
    customer_postcode: null,
    inserted: now,
    updated: now,
    ...fields,
  };
  state.billingKeys.set(key.customer_uid, key);
  return key;
}

/** An identity verification record. */
export function newCertification(
  state: FakeState,
  fields: Partial<Certification> & { merchant_uid?: string | null; tier?: string },
): Stored<Certification> {
  const certification: Stored<Certification> = {
    imp_uid: nextImpUid(),
    merchant_uid: null,
    pg_tid: null,
    pg_provider: "danal",
    name: "홍길동",
    gender: "male",
    birthday: "1990-01-01",
    foreigner: false,
    foreigner_v2: null,
    phone: "01012345678",
    carrier: "SKT",
    certified: true,
    certified_at: seconds(),
    unique_key: "CI-fake",
    unique_in_site: "DI-fake",
    origin: null,
    ...fields,
  };
  if (!certification.certified)
    Object.assign(certification, { certified_at: 0, unique_key: null, unique_in_site: null });
  state.certifications.set(certification.imp_uid, certification);
  return certification;
}

/** Payments sorted as i'mport's `sorting` parameter says (`-started` by default: newest first). */
export function sortPayments(payments: Payment[], sorting = "-started"): Payment[] {
  const descending = sorting.startsWith("-");
  const field = `${sorting.replace(/^-/, "")}_at` as "started_at" | "paid_at" | "updated_at";
  const updated = (p: Payment) => Math.max(p.started_at ?? 0, p.paid_at ?? 0, p.failed_at ?? 0, p.cancelled_at ?? 0);
  const key = (p: Payment) => (field === "updated_at" ? updated(p) : (p[field] ?? 0));
  const order = payments.map((payment, index) => ({ payment, index }));
  // Ties (same second) keep creation order, newest last, so "-" puts the newest first.
  order.sort((a, b) => (key(a.payment) - key(b.payment) || a.index - b.index) * (descending ? -1 : 1));
  return order.map(({ payment }) => payment);
}

export const SORTINGS = ["-started", "started", "-paid", "paid", "-updated", "updated"] as const;
export const PAYMENT_STATUSES = ["ready", "paid", "cancelled", "failed"] as const;

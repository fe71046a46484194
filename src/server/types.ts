// i'mport V1 REST resources, snake_case as its API returns them: aliases of the schemas generated from the
// vendor's OpenAPI (src/server/generated/iamport.ts, `npm run gen:api`), so they cannot drift from it.
import type { components, operations } from "./generated/iamport";

type Schemas = components["schemas"];
/** The JSON body an operation takes. */
type Body<Id extends keyof operations> = operations[Id] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

/** A payment (`PaymentAnnotation`); timestamps are UNIX seconds, `0` when they do not apply. */
export type Payment = Schemas["PaymentAnnotation"];
/** One (partial) refund in `Payment.cancel_history`. */
export type CancelHistory = Schemas["PaymentCancelAnnotation"];
/** One deposit into a virtual account in `Payment.deposit_history`. */
export type VbankDeposit = Schemas["VbankDepositAnnotation"];
/** `GET /payments/{imp_uid}/balance`: the amounts left after refunds. */
export type PaymentBalance = Schemas["PaymentBalanceResponseAnnotation"];
/** A page of payments (`GET /payments/status/{status}`, `findAll`, a billing key's payments). */
export type PaymentList = Schemas["PagedPaymentAnnotation"];
/** An amount registered in advance (`/payments/prepare`). */
export type PreparedPayment = Schemas["PaymentPrepareAnnotation"];
/** An identity verification (`CertificationAnnotation`). `unique_key` / `unique_in_site` never go to a browser. */
export type Certification = Schemas["CertificationAnnotation"];
/** The card behind a billing key (`CustomerAnnotation`), never the key itself. */
export type BillingKey = Schemas["CustomerAnnotation"];
/** A scheduled charge of a billing key and, once run, its result. */
export type Schedule = Schemas["ScheduleResultAnnotation"];
/** One charge to schedule (`POST /subscribe/payments/schedule`'s `schedules[]`). */
export type ScheduleItem = Schemas["ScheduleAnnotation"];
/** A cash receipt issued for a payment. */
export type Receipt = Schemas["ReceiptAnnotation"];
/** Delivery information of an escrow payment. */
export type EscrowDelivery = Schemas["EscrowLogisAnnotation"];

/**
 * `POST /payments/cancel`. `amount` omitted = full refund; pass `checksum` (the refundable balance you believe
 * remains) so a repeat cannot refund twice.
 */
export type CancelPaymentRequest = Body<"cancelPayment">;
/** `POST /subscribe/payments/again`: charge a billing key (`name` is required). */
export type PayWithBillingKeyRequest = Body<"again">;
/** `POST /subscribe/payments/onetime`: a key-in charge (and, with `customer_uid`, a stored key). */
export type OnetimePaymentRequest = Body<"onetime">;
/** `POST /subscribe/payments/schedule`. */
export type SchedulePaymentsRequest = Body<"schedule">;
/** `POST /subscribe/payments/unschedule`; without `merchant_uid` every schedule of the key is revoked. */
export type UnschedulePaymentsRequest = Body<"unschedule">;
/** `POST /subscribe/customers/{customer_uid}` without the path id: issue a billing key from card details. */
export type IssueBillingKeyRequest = Body<"customer_save">;
/** `POST /vbanks`: issue a virtual account without a payment window. */
export type IssueVbankRequest = Body<"createVbank">;
/** `POST /receipts/{imp_uid}` without the path id: issue a cash receipt. */
export type IssueReceiptRequest = Body<"issueReceipt">;
/** `POST /escrows/logis/{imp_uid}` without the path id: register an escrow delivery. */
export type EscrowDeliveryRequest = Body<"escrow_logis_save">;

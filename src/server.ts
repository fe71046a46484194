// REST client
export { createIamportClient } from "./server/client";
export type { CallOptions, IamportClient, IamportClientOptions, PaymentSorting, PaymentStatus } from "./server/client";
export { PAYMENT_SORTINGS, PAYMENT_STATUSES } from "./server/client";
export type { Method, PathOf, RequestOptions, Result } from "./server/request";
/** Every operation and schema of i'mport's V1 spec, generated (`npm run gen:api`). */
export type {
  components as IamportSchemas,
  operations as IamportOperations,
  paths as IamportPaths,
} from "./server/generated/iamport";
export { IamportApiError, isIamportApiError } from "./server/errors";
export type { IamportApiErrorKind } from "./server/errors";

// Handlers (Web Request/Response: Node ≥ 20, Next.js route handlers, edge runtimes)
export { createVerifyHandler } from "./server/verifyHandler";
export type { Verified, VerifyHandlerOptions } from "./server/verifyHandler";
export { createWebhookHandler } from "./server/webhookHandler";
export type { WebhookHandlerOptions } from "./server/webhookHandler";
export { createConfirmHandler } from "./server/confirmHandler";
export type { ConfirmDecision, ConfirmHandlerOptions, ConfirmRequest } from "./server/confirmHandler";
export { toNodeListener } from "./server/toNodeListener";
export type { NodeListenerOptions } from "./server/toNodeListener";
export type { ExpectedAmount } from "./server/amount";

// Handler store (answers and fulfilment marks; share one across instances)
export { createMemoryStore, isStoreUnavailableError, StoreUnavailableError } from "./server/store";
export type { ClaimResult, ClaimState, HandlerStore, MemoryStoreOptions } from "./server/store";

// Types
export type {
  BillingKey,
  CancelHistory,
  CancelPaymentRequest,
  Certification,
  EscrowDelivery,
  EscrowDeliveryRequest,
  IssueBillingKeyRequest,
  IssueReceiptRequest,
  IssueVbankRequest,
  OnetimePaymentRequest,
  Payment,
  PaymentBalance,
  PaymentList,
  PayWithBillingKeyRequest,
  PreparedPayment,
  Receipt,
  Schedule,
  ScheduleItem,
  SchedulePaymentsRequest,
  UnschedulePaymentsRequest,
  VbankDeposit,
} from "./server/types";
export type { VerifyRequest, VerifyResponse } from "./core/verify";

// REST client
export { createIamportClient } from "./server/client";
export type { IamportClient, IamportClientOptions } from "./server/client";
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
  CancelPaymentRequest,
  Certification,
  Payment,
  PayWithBillingKeyRequest,
} from "./server/types";
export type { VerifyRequest, VerifyResponse } from "./core/verify";

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
export { toNodeListener } from "./server/http";

// Types
export type {
  BillingKey,
  CancelPaymentRequest,
  Certification,
  Payment,
  PayWithBillingKeyRequest,
} from "./server/types";
export type { VerifyRequest, VerifyResponse } from "./core/verify";

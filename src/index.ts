// Provider and hooks
export { IamportProvider } from "./react/IamportProvider";
export type { IamportProviderProps } from "./react/IamportProvider";
export { useIamport } from "./react/useIamport";
export { usePayment } from "./react/usePayment";
export { useCertification } from "./react/useCertification";
export { useBillingKey } from "./react/useBillingKey";
export { useIamportRedirect } from "./react/useIamportRedirect";
export type { RedirectOptions } from "./react/useIamportRedirect";
export type { RequestHookOptions, RequestState, RequestStatus } from "./react/useRequest";
export type { Locale, SdkStatus } from "./react/context";

// Errors
export { IamportError, isIamportError } from "./core/errors";
export type { IamportErrorCode } from "./core/errors";

// Environment
export { detectEnvironment } from "./core/env";
export type { IamportEnvironment } from "./core/env";

// Types
export type { IamportEvent } from "./core/events";
export type { SdkOptions } from "./core/loader";
export type { Phase, RequestDefaults } from "./core/session";
export type { RequestKind } from "./core/types";
export type { BillingKeyOutcome, CertificationOutcome, PaymentOutcome, VbankInfo } from "./core/outcome";
export type { VerifyConfig, VerifyEndpoint, VerifyRequest, VerifyResponse } from "./core/verify";
export type {
  BillingKeyRequest,
  CardOptions,
  CertificationRequest,
  CertificationResponse,
  Currency,
  IMPGlobal,
  NaverProduct,
  PaymentRequest,
  PaymentResponse,
  PayMethod,
  PayMethodCode,
  Pg,
  PgCode,
} from "./core/types";

// Provider and hooks
export { IamportProvider } from "./react/IamportProvider";
export type { IamportProviderProps } from "./react/IamportProvider";
export { useIamport } from "./react/useIamport";
export { usePayment } from "./react/usePayment";
export { useCertification } from "./react/useCertification";
export { useBillingKey } from "./react/useBillingKey";
export { useIamportRedirect } from "./react/useIamportRedirect";
export type { RedirectOptions } from "./react/useIamportRedirect";
export type { RequestHookOptions } from "./react/useRequest";
export type { RequestSnapshot as RequestState, RequestStatus } from "./core/snapshot";
export type { Locale, SdkStatus } from "./react/context";

// Components
export { PaymentButton } from "./react/components/PaymentButton";
export type { PaymentButtonProps } from "./react/components/PaymentButton";
export { CheckoutForm } from "./react/components/CheckoutForm";
export type { BuyerValues, CheckoutFormProps } from "./react/components/CheckoutForm";
export { CertificationButton } from "./react/components/CertificationButton";
export type { CertificationButtonProps } from "./react/components/CertificationButton";
export { BillingKeyButton } from "./react/components/BillingKeyButton";
export type { BillingKeyButtonProps } from "./react/components/BillingKeyButton";
export { PaymentResult } from "./react/components/PaymentResult";
export type { PaymentResultProps } from "./react/components/PaymentResult";
export { IamportRedirectHandler } from "./react/components/IamportRedirectHandler";
export type { IamportRedirectHandlerProps } from "./react/components/IamportRedirectHandler";
export type { Messages } from "./react/components/messages";

// Errors
export { IamportError, isIamportError } from "./core/errors";
export type { IamportErrorCode } from "./core/errors";

// Environment
export { detectEnvironment } from "./core/env";
export type { IamportEnvironment } from "./core/env";

// Types
export type { IamportEvent } from "./core/events";
export type { SdkOptions } from "./core/loader";
export type { Phase } from "./core/snapshot";
export type { RequestDefaults } from "./core/runtime";
export type { RequestKind } from "./core/types";
export type { BillingKeyOutcome, CertificationOutcome, PaymentOutcome, VbankInfo } from "./core/outcome";
export type { VerifyConfig, VerifyEndpoint, VerifyRequest, VerifyResponse } from "./core/verify";
export type {
  BillingKeyRequest,
  CardOptions,
  Carrier,
  CertificationRequest,
  CertificationResponse,
  Currency,
  IMPGlobal,
  DisplayOptions,
  KcpQuick,
  NaverOrderProduct,
  NaverPayProduct,
  NaverProduct,
  NaverShipping,
  PaymentRequest,
  PaymentResponse,
  PayMethod,
  PayMethodCode,
  Period,
  Pg,
  PgBypass,
  PgCode,
} from "./core/types";

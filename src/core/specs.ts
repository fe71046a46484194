import { detectEnvironment } from "./env";
import type { RequestSpec } from "./request";
import { validatePayment } from "./validate";
import { validateCertification } from "./validateCertification";

/** One-off payments. */
export const paymentSpec: RequestSpec<"payment"> = {
  kind: "payment",
  validate: (params) => validatePayment("payment", params),
};

/** Billing-key issuance: `pay_method` defaults to `card`. */
export const billingKeySpec: RequestSpec<"billing_key"> = {
  kind: "billing_key",
  validate: (params) => validatePayment("billing_key", params),
  prepare(request) {
    request.pay_method ??= "card";
  },
};

/** Identity verification: its own params, a generated `merchant_uid`, and no popup inside in-app browsers. */
export const certificationSpec: RequestSpec<"certification"> = {
  kind: "certification",
  validate: validateCertification,
  prepare(request) {
    request.merchant_uid ??= `cert_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    if (request.popup === undefined && detectEnvironment().preferRedirect) request.popup = false;
  },
};

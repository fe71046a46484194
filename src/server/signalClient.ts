import type { BillingKey, CancelPaymentRequest, Certification, Payment } from "./types";

type Signal = { signal?: AbortSignal };

/**
 * The client methods the handlers call, each taking `{ signal }` (issue 12 adds it to `createIamportClient`).
 * TODO(rest merge): drop this adapter and use `IamportClient` directly once every client method takes
 * `{ signal }`; until then the handlers also race each call against the signal (see `race`), so the deadline
 * holds either way.
 */
export interface SignalClient {
  getPayment(impUid: string, options?: { includeSandbox?: boolean } & Signal): Promise<Payment>;
  cancelPayment(request: CancelPaymentRequest, options?: Signal): Promise<Payment>;
  getCertification(impUid: string, options?: Signal): Promise<Certification>;
  getBillingKey(customerUid: string, options?: Signal): Promise<BillingKey>;
}

import type { BillingKeyOutcome } from "../core/outcome";
import type { BillingKeyRequest } from "../core/types";
import { billingKeySpec } from "../core/specs";
import type { RequestHookOptions } from "./useRequest";
import { useRequest } from "./useRequest";

/** Opens i'mport's billing-key window (`customer_uid` required, `pay_method` defaults to `card`, `amount` may be 0). */
export function useBillingKey(options?: RequestHookOptions<BillingKeyOutcome>) {
  const { request, ...rest } = useRequest(billingKeySpec, "useBillingKey", options);
  return { issueBillingKey: request as (params: BillingKeyRequest) => Promise<BillingKeyOutcome>, ...rest };
}

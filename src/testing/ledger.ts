import type { VbankInfo } from "../core/outcome";

/** What the simulated i'mport "cloud" knows about one payment, billing key or certification. */
export interface FakeRecord {
  imp_uid: string;
  merchant_uid: string;
  type: "payment" | "billing_key" | "certification";
  status: "paid" | "ready" | "failed" | "cancelled" | "certified" | "issued";
  amount: number;
  customer_uid?: string;
  pay_method?: string;
  pg_provider?: string;
  name?: string;
  vbank?: VbankInfo;
  receipt_url?: string;
  /** The request's `confirm_url`: where i'mport's confirm process asks before approving. */
  confirm_url?: string;
  /** Why a `failed` record failed (default a card decline), e.g. the reason a `confirm_url` gave. */
  fail_reason?: string;
}

/**
 * What `onRecord` or the `registerUrl` endpoint may answer about a record: a `fail_reason` when i'mport's
 * confirm process blocked the approval, so the window answers that error instead of a success.
 */
export interface FakeRecordAnswer {
  status?: "failed";
  fail_reason?: string;
}

const KEY = "__IAMPORT_REACT_FAKE_LEDGER__";

/** The page-wide ledger shared by the fake `IMP` (module or script file) and the fake verify endpoint. */
export function fakeLedger(): Map<string, FakeRecord> {
  const host = globalThis as unknown as Record<string, Map<string, FakeRecord> | undefined>;
  return (host[KEY] ??= new Map());
}

let counter = 0;

/** A fresh `imp_` + 12 digits id, as i'mport issues them. */
export function nextImpUid(): string {
  counter = (counter + 1) % 1000;
  return `imp_${String(Date.now() % 1e9).padStart(9, "0")}${String(counter).padStart(3, "0")}`;
}

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

import type { CertificationResponse, IMPGlobal, PaymentResponse } from "../core/types";
import { fakeLedger, nextImpUid, type FakeRecord, type FakeRecordAnswer } from "./ledger";
import { showFakeWindow } from "./fakeWindow";

/** How the simulated window ends. `redirect` navigates to `m_redirect_url` as mobile PGs do. */
export type FakeOutcome =
  | "paid"
  | "ready"
  | "failed"
  | "cancelled"
  | "redirect"
  | ((params: Record<string, unknown>) => Partial<PaymentResponse>);

export interface FakeCall {
  method: "init" | "agency" | "request_pay" | "certification" | "close";
  args: unknown[];
  /** `performance.now()` when i'mport was called (click-to-window latency). */
  at: number;
  /** Whether the page had transient user activation (a click within the last seconds): what popup blockers require. */
  activated?: boolean;
}

export interface FakeIamportOptions {
  /** The outcome of every request until `setOutcome`; default `paid`. */
  outcome?: FakeOutcome;
  /**
   * Show a visible simulated window with approve (issue a virtual account, for `vbank`) / decline / cancel
   * buttons instead of answering by itself.
   */
  window?: boolean;
  /** Milliseconds before the scripted answer; default 0. */
  delayMs?: number;
  /** Open a real popup with `window.open` inside `request_pay`, like Payco or Naver Pay on PC. */
  popup?: boolean;
  /** Where a `redirect` outcome sends the page; default `location.assign`. */
  navigate?: (url: string) => void;
  /** What the return page of a `redirect` outcome reports; default `paid`. */
  redirectAs?: "paid" | "ready" | "failed" | "cancelled";
  /** End every request by navigating to `m_redirect_url` (as mobile PGs do) instead of calling back. */
  redirect?: boolean;
  /**
   * POST each simulated record here before answering, so a fake REST API elsewhere knows it (demo servers).
   * A JSON answer with a `fail_reason` means i'mport's confirm process blocked the approval.
   */
  registerUrl?: string;
  /**
   * Called with each simulated record before answering (`connectFakeIamport(...).install` uses it). Answer
   * `{ fail_reason }` to block an approval, as a refusing `confirm_url` does: the window then ends with that error.
   */
  onRecord?: (record: FakeRecord) => void | FakeRecordAnswer | Promise<void | FakeRecordAnswer>;
}

export interface FakeIamport {
  /** Every call i'mport received, in order. */
  calls: FakeCall[];
  setOutcome(outcome: FakeOutcome): void;
  /** Changes any option for the requests that follow. */
  configure(options: FakeIamportOptions): void;
  /** Ends every open window as cancelled by the buyer (as closing i'mport's dialog does). */
  closeAll(): void;
  uninstall(): void;
  imp: IMPGlobal;
}

const CANCEL_MSG = "[결제포기] 사용자가 결제를 취소하셨습니다";
const PAID_MSG = "이미 결제가 이루어진 거래건입니다";
const FAIL_MSG = "[F0004] 카드 한도가 초과되었습니다";

/** The reason in an answer to a record, when it blocks the approval. */
const blockOf = (answer: unknown): string | undefined => {
  const reason = (answer as FakeRecordAnswer | undefined)?.fail_reason;
  return typeof reason === "string" && reason ? reason : undefined;
};

/** `vbank_due` as i'mport reads it ("20261231", "202612312359", "2026-12-31 23:59:59"; Korean time) → seconds. */
function dueOf(due: unknown): number | undefined {
  const digits = typeof due === "string" ? due.replace(/\D/g, "") : "";
  if (digits.length < 8) return undefined;
  const [y, mo, d, h = "23", mi = "59", sec = digits.length === 8 ? "59" : "00"] =
    digits
      .match(/^(\d{4})(\d\d)(\d\d)(\d\d)?(\d\d)?(\d\d)?/)
      ?.slice(1)
      .filter(Boolean) ?? [];
  const at = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec}+09:00`);
  return Number.isNaN(at) ? undefined : at / 1000;
}

function answer(
  kind: FakeOutcome,
  params: Record<string, unknown>,
  certification: boolean,
): { response: PaymentResponse; record?: FakeRecord } {
  const merchant_uid = String(params.merchant_uid ?? "");
  if (typeof kind === "function") return { response: { imp_uid: nextImpUid(), merchant_uid, ...kind(params) } };
  const imp_uid = nextImpUid();
  const amount = typeof params.amount === "number" ? params.amount : 0;
  const customer_uid = typeof params.customer_uid === "string" ? params.customer_uid : undefined;
  const type = certification ? "certification" : customer_uid ? "billing_key" : "payment";
  const base = {
    imp_uid,
    merchant_uid,
    pg_provider: String(params.pg ?? "html5_inicis").split(".")[0],
    pay_method: String(params.pay_method ?? "card"),
  };
  if (kind === "cancelled")
    return { response: { ...base, imp_uid: null, success: false, error_code: "F1001", error_msg: CANCEL_MSG } };
  if (kind === "failed") {
    return {
      response: { ...base, success: false, status: "failed", error_code: "F0004", error_msg: FAIL_MSG },
      record: { imp_uid, merchant_uid, type, status: "failed", amount },
    };
  }
  if (kind === "ready") {
    const vbank = {
      vbank_num: "T1234-5678-9012",
      vbank_name: "국민은행",
      vbank_code: "004",
      vbank_holder: "(주)아임포트테스트",
      vbank_date: dueOf(params.vbank_due) ?? Math.floor(Date.now() / 1000) + 3 * 86400,
    };
    return {
      response: { ...base, pay_method: "vbank", success: true, status: "ready", paid_amount: 0, ...vbank },
      record: {
        imp_uid,
        merchant_uid,
        type,
        status: "ready",
        amount,
        pay_method: "vbank",
        vbank,
        ...(typeof params.confirm_url === "string" && { confirm_url: params.confirm_url }),
      },
    };
  }
  const status = type === "certification" ? "certified" : type === "billing_key" ? "issued" : "paid";
  const receipt_url = type === "payment" ? `https://iamport.example/receipts/${imp_uid}` : undefined;
  return {
    response: {
      ...base,
      success: true,
      ...(type === "payment" && { status: "paid", paid_amount: amount, receipt_url }),
    },
    record: {
      imp_uid,
      merchant_uid,
      type,
      status,
      amount,
      customer_uid,
      pay_method: base.pay_method,
      pg_provider: base.pg_provider,
      name: params.name as string | undefined,
      receipt_url,
      ...(typeof params.confirm_url === "string" && { confirm_url: params.confirm_url }),
    },
  };
}

/** Puts a scripted `window.IMP` in place, as a test, story or demo needs; the kit uses it like the real SDK. */
export function installFakeIamport(options: FakeIamportOptions = {}): FakeIamport {
  const host = window as unknown as { IMP?: IMPGlobal };
  const previous = host.IMP;
  const calls: FakeCall[] = [];
  let outcome: FakeOutcome = options.outcome ?? "paid";
  let code: string | null = null;
  const open = new Set<() => void>();
  /** `merchant_uid`s paid through this fake: i'mport refuses another payment for them before any window. */
  const paid = new Set<string>();

  /** Makes the record known; returns the reason when i'mport's confirm process blocked its approval. */
  const record = async (entry: FakeRecord | undefined): Promise<string | undefined> => {
    if (!entry) return undefined;
    const approving = entry.status === "paid" || entry.status === "ready" || entry.status === "issued";
    const blocking = (answer: unknown) => (approving && entry.type !== "certification" ? blockOf(answer) : undefined);
    fakeLedger().set(entry.imp_uid, entry);
    let reason = blocking(await options.onRecord?.(entry));
    const known = (): FakeRecord => (reason ? { ...entry, status: "failed", fail_reason: reason } : entry);
    if (options.registerUrl)
      reason ??= blocking(
        await fetch(options.registerUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(known()),
        })
          .then((response) => response.json())
          .catch(() => undefined),
      );
    if (reason) fakeLedger().set(entry.imp_uid, known());
    else if (entry.type === "payment" && entry.status === "paid") paid.add(entry.merchant_uid);
    return reason;
  };

  /** What i'mport's SDK answers for a payment failed at approval (a `confirm_url` refused it). */
  const blocked = (response: PaymentResponse, reason: string): PaymentResponse => ({
    imp_uid: response.imp_uid,
    merchant_uid: response.merchant_uid,
    pg_provider: response.pg_provider,
    pay_method: response.pay_method,
    success: false,
    status: "failed",
    error_code: "F500",
    error_msg: reason,
  });

  const respond = async (
    params: Record<string, unknown>,
    certification: boolean,
    chosen: FakeOutcome,
    callback?: (rsp: PaymentResponse & CertificationResponse) => void,
  ) => {
    if (chosen === "redirect" || (options.redirect && typeof chosen === "string")) {
      const { response, record: entry } = answer(
        chosen === "redirect" ? (options.redirectAs ?? "paid") : chosen,
        params,
        certification,
      );
      const reason = await record(entry);
      const result = reason ? blocked(response, reason) : response;
      const url = new URL(String(params.m_redirect_url ?? location.href));
      for (const [key, value] of Object.entries({
        imp_uid: result.imp_uid ?? "",
        merchant_uid: result.merchant_uid,
        [certification ? "success" : "imp_success"]: String(!result.error_msg),
        error_code: result.error_code,
        error_msg: result.error_msg,
      })) {
        if (typeof value === "string") url.searchParams.set(key, value);
      }
      (options.navigate ?? ((target: string) => location.assign(target)))(url.href);
      return;
    }
    const { response, record: entry } = answer(chosen, params, certification);
    const reason = await record(entry);
    callback?.((reason ? blocked(response, reason) : response) as PaymentResponse & CertificationResponse);
  };

  const opener =
    (method: "request_pay" | "certification") =>
    (params: Record<string, unknown>, callback?: (rsp: PaymentResponse & CertificationResponse) => void) => {
      // The rule popup blockers apply: window.open needs transient user activation.
      const activated = (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? true;
      calls.push({ method, args: [params], at: performance.now(), activated });
      const certification = method === "certification";
      /** What i'mport answers for a request it refuses before any window opens. */
      const refuse = (error_msg: string, error_code?: string) =>
        callback?.({
          imp_uid: null,
          merchant_uid: String(params.merchant_uid),
          success: false,
          ...(error_code && { error_code }),
          error_msg,
        });
      if (code === null) return refuse("판매자 코드가 설정되지 않았습니다. IMP.init()함수를 먼저 호출하세요.");
      if (!certification && paid.has(String(params.merchant_uid))) return refuse(PAID_MSG, "F1002");
      // Like Payco or Naver Pay on PC: the PG window is a popup opened inside request_pay, so it only
      // survives when request_pay runs within the buyer's click.
      const popup =
        options.popup && activated ? window.open("about:blank", "iamport-fake-pg", "width=480,height=640") : null;
      if (options.popup && !popup) return refuse("팝업차단을 해제해주셔야 결제창이 나타납니다.", "POPUP_BLOCKED");
      let overlay: HTMLElement | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined = undefined;
      const finish = (chosen: FakeOutcome) => {
        open.delete(cancel);
        clearTimeout(timer);
        overlay?.remove();
        popup?.close();
        void respond(params, certification, chosen, callback);
      };
      const cancel = () => finish("cancelled");
      open.add(cancel);
      if (options.window) {
        overlay = showFakeWindow(params, certification, finish);
        return;
      }
      const chosen = outcome;
      timer = setTimeout(() => finish(chosen), options.delayMs ?? 0);
    };

  const imp: IMPGlobal = {
    init: (userCode: string) => {
      calls.push({ method: "init", args: [userCode], at: performance.now() });
      code = userCode;
    },
    agency: (userCode: string, tierCode: string) => {
      calls.push({ method: "agency", args: [userCode, tierCode], at: performance.now() });
      code = userCode;
    },
    request_pay: opener("request_pay"),
    certification: opener("certification"),
    close: () => {
      calls.push({ method: "close", args: [], at: performance.now() });
    },
  };
  host.IMP = imp;
  return {
    calls,
    imp,
    setOutcome: (next) => {
      outcome = next;
    },
    configure: (next) => {
      Object.assign(options, next);
      if (next.outcome) outcome = next.outcome;
    },
    closeAll: () => [...open].forEach((cancel) => cancel()),
    uninstall: () => {
      if (host.IMP === imp) host.IMP = previous;
      if (previous === undefined) delete host.IMP;
    },
  };
}

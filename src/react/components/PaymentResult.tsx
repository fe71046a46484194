import type { BillingKeyOutcome, CertificationOutcome, PaymentOutcome, Phase, RequestKind } from "../../index";
import { cx } from "./cx";
import { describeOutcome, kindOf, phaseText } from "./describe";
import { Spinner, ToneIcon } from "./Icons";
import { formatAmount, type MessageOverrides } from "./messages";
import { safeUrl } from "./safeUrl";
import { useIsClient } from "./useIsClient";
import { useTexts } from "./useTexts";
import { VbankDetails } from "./VbankDetails";

export interface PaymentResultProps {
  /** Any outcome of the kit's hooks; `null` shows nothing (or the progress line while `pending`). */
  outcome: PaymentOutcome | BillingKeyOutcome | CertificationOutcome | null;
  /** Shows a spinner and what is going on (`phase`) instead of the outcome. */
  pending?: boolean;
  /** Where a pending request is: `"loading-sdk" | "awaiting-payment" | "verifying"`. */
  phase?: Phase | null;
  /** What the outcome is for, to word it; default guessed from the outcome (payment otherwise). */
  kind?: RequestKind;
  /** The amount to show when the verify answer carries none; default the answer's `amount`. */
  amount?: number;
  /** ISO 4217 code of `amount`; default the answer's `currency`, else `"KRW"`. */
  currency?: string;
  /** "Check again" when confirmation could not reach your server, e.g. a hook's `retry`. */
  onRetry?: () => void;
  /** "Pay again" after a failure or a cancellation. */
  onRestart?: () => void;
  /** "New order" after a success; shown only when given. */
  onNewOrder?: () => void;
  /** A "Continue shopping" link. */
  homeHref?: string;
  /** Per-text overrides (see the README's theming table). */
  messages?: MessageOverrides;
  /** Your own class on the root element, next to the kit's. */
  className?: string;
  /** Text while `pending`, instead of the phase's. */
  pendingText?: string;
}

const numeric = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value)
    ? value
    : typeof value === "string" && /^\d+(\.\d+)?$/.test(value)
      ? Number(value)
      : undefined;

/**
 * Shows any outcome as a result screen: an icon and a title worded for its kind and state, the amount and
 * order number, virtual-account deposit details, and the next action (receipt, copy, check again, retry).
 */
export function PaymentResult({
  outcome,
  pending = false,
  phase = null,
  kind,
  amount,
  currency,
  onRetry,
  onRestart,
  onNewOrder,
  homeHref,
  messages,
  className,
  pendingText,
}: PaymentResultProps) {
  const { text, locale } = useTexts("PaymentResult", messages);
  const client = useIsClient();
  const status = !client ? "placeholder" : pending ? "pending" : (outcome?.status ?? "idle");
  const requestKind = kind ?? kindOf(outcome);
  const shown = client && !pending && outcome && outcome.status !== "redirecting" ? outcome : null;
  const described = shown ? describeOutcome(shown, requestKind, text) : null;
  const verification = shown && "verification" in shown ? shown.verification : undefined;
  const receipt = safeUrl(verification?.receipt_url);
  const paidAmount = amount ?? numeric(verification?.amount);
  const money = typeof verification?.currency === "string" ? verification.currency : (currency ?? "KRW");
  const vbank = shown?.status === "ready" ? shown.vbank : undefined;
  const error = shown && "error" in shown ? shown.error : undefined;
  return (
    <div
      className={cx("iamport-result", className)}
      data-status={status}
      data-tone={described?.tone}
      role="status"
      aria-live="polite"
      aria-busy={pending || undefined}
    >
      {client && pending && (
        <div className="iamport-result__head">
          <Spinner />
          <p className="iamport-result__title">{pendingText ?? phaseText(phase, requestKind, text)}</p>
        </div>
      )}
      {shown && described && (
        <>
          <div className="iamport-result__head">
            <ToneIcon tone={described.tone} />
            <div>
              <p className="iamport-result__title">{described.title}</p>
              {described.detail && <p className="iamport-result__message">{described.detail}</p>}
            </div>
          </div>
          {(paidAmount !== undefined || shown.merchant_uid || vbank) && (
            <dl className="iamport-result__details">
              {paidAmount !== undefined && requestKind === "payment" && (
                <>
                  <dt>{vbank ? text.depositAmount : text.amount}</dt>
                  <dd className="iamport-result__amount">{formatAmount(paidAmount, money, locale)}</dd>
                </>
              )}
              {vbank && <VbankDetails vbank={vbank} text={text} locale={locale} />}
              {shown.merchant_uid && (
                <>
                  <dt>{text.orderNumber}</dt>
                  <dd className="iamport-result__order">{shown.merchant_uid}</dd>
                </>
              )}
            </dl>
          )}
          <div className="iamport-result__actions">
            {error?.code === "VERIFY_FAILED" && onRetry && (
              <button type="button" className="iamport-retry" onClick={onRetry}>
                {text.retry}
              </button>
            )}
            {error && error.code !== "VERIFY_FAILED" && onRestart && (
              <button type="button" className="iamport-retry" onClick={onRestart}>
                {text.kinds[requestKind].again}
              </button>
            )}
            {receipt && (
              <a className="iamport-result__receipt" href={receipt} target="_blank" rel="noreferrer">
                {text.receipt}
              </a>
            )}
            {!error && onNewOrder && (
              <button type="button" className="iamport-retry" onClick={onNewOrder}>
                {text.newOrder}
              </button>
            )}
            {homeHref && (
              <a className="iamport-result__home" href={homeHref}>
                {text.backToShop}
              </a>
            )}
          </div>
        </>
      )}
    </div>
  );
}

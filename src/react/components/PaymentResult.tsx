import { useState } from "react";
import type { BillingKeyOutcome, CertificationOutcome, PaymentOutcome, VbankInfo } from "../../core/outcome";
import type { Phase } from "../../core/session";
import type { Messages } from "./messages";
import { cx, outcomeText, phaseText, useIsClient, useMessages } from "./shared";

export interface PaymentResultProps {
  /** Any outcome of the kit's hooks; null shows nothing (or the pending text). */
  outcome: PaymentOutcome | BillingKeyOutcome | CertificationOutcome | null;
  pending?: boolean;
  phase?: Phase | null;
  /** Offered as a button when verification failed (the endpoint was unreachable); e.g. a hook's `retry`. */
  onRetry?: () => void;
  messages?: Partial<Messages>;
  className?: string;
}

function deadline(date: VbankInfo["vbank_date"], locale: string): string | undefined {
  if (date === undefined || date === "") return undefined;
  const when = typeof date === "number" ? new Date(date * 1000) : new Date(date);
  return Number.isNaN(when.getTime())
    ? String(date)
    : new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Seoul" }).format(when);
}

function Vbank({ vbank, text, locale }: { vbank: VbankInfo; text: Messages; locale: string }) {
  const [copied, setCopied] = useState(false);
  const due = deadline(vbank.vbank_date, locale);
  const copy = () =>
    void navigator.clipboard?.writeText(vbank.vbank_num ?? "").then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <dl className="iamport-vbank">
      <dt>{text.bank}</dt>
      <dd>{vbank.vbank_name}</dd>
      <dt>{text.account}</dt>
      <dd>
        <span className="iamport-vbank__number">{vbank.vbank_num}</span>{" "}
        <button type="button" className="iamport-copy" onClick={copy}>
          {copied ? text.copied : text.copy}
        </button>
      </dd>
      {vbank.vbank_holder && (
        <>
          <dt>{text.holder}</dt>
          <dd>{vbank.vbank_holder}</dd>
        </>
      )}
      {due && (
        <>
          <dt>{text.deadline}</dt>
          <dd>{due}</dd>
        </>
      )}
    </dl>
  );
}

/** Shows any outcome: paid with its receipt, virtual-account deposit details, cancellation, the PG's own failure message, and a retry when verification could not reach the server. */
export function PaymentResult({
  outcome,
  pending = false,
  phase = null,
  onRetry,
  messages,
  className,
}: PaymentResultProps) {
  const { text, locale } = useMessages("PaymentResult", messages);
  const client = useIsClient();
  const status = !client ? "placeholder" : pending ? "pending" : (outcome?.status ?? "idle");
  const error = outcome && "error" in outcome ? outcome.error : undefined;
  const verification = outcome && "verification" in outcome ? outcome.verification : undefined;
  const receipt = typeof verification?.receipt_url === "string" ? verification.receipt_url : undefined;
  const failureTitle = outcome?.status === "cancelled" ? text.cancelled : text.failed;
  const detail = outcome && error ? outcomeText(outcome, text) : undefined;
  return (
    <div
      className={cx("iamport-result", className)}
      data-status={status}
      role="status"
      aria-live="polite"
      aria-busy={pending || undefined}
    >
      {status === "pending" && <p className="iamport-result__title">{phaseText(phase, text)}</p>}
      {client && !pending && outcome && (
        <>
          <p className="iamport-result__title">{error ? failureTitle : outcomeText(outcome, text)}</p>
          {detail && detail !== failureTitle && <p className="iamport-result__message">{detail}</p>}
          {receipt && (
            <a className="iamport-result__receipt" href={receipt} target="_blank" rel="noreferrer">
              {text.receipt}
            </a>
          )}
          {outcome.status === "ready" && outcome.vbank && <Vbank vbank={outcome.vbank} text={text} locale={locale} />}
          {error?.code === "VERIFY_FAILED" && onRetry && (
            <button type="button" className="iamport-retry" onClick={onRetry}>
              {text.retry}
            </button>
          )}
        </>
      )}
    </div>
  );
}

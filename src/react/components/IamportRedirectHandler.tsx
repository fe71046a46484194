import { useEffect, useState, type ReactNode } from "react";
import { parseRedirect } from "../../core/redirect";
import type { RequestKind } from "../../index";
import { useIamportRedirect } from "../useIamportRedirect";
import { cx } from "./cx";
import { readResult, saveResult, type AnyRequestOutcome } from "./lastResult";
import type { MessageOverrides } from "./messages";
import { PaymentResult } from "./PaymentResult";
import { useIsClient } from "./useIsClient";
import { useTexts } from "./useTexts";

export interface IamportRedirectHandlerProps {
  /** What the return is for when the journal does not know it: `"payment" | "billing_key" | "certification"`. */
  type?: RequestKind;
  /** Called once with the confirmed outcome. */
  onOutcome?: (outcome: AnyRequestOutcome) => void;
  /** Custom UI instead of `PaymentResult`. */
  children?: (state: ReturnType<typeof useIamportRedirect>) => ReactNode;
  /** A "Continue shopping" link under every result and on a page without one; default `"/"`. */
  homeHref?: string;
  /** Where "Pay again" leads after a failure or a cancellation (your checkout page). */
  retryHref?: string;
  /** Per-text overrides (see the README's theming table). */
  messages?: MessageOverrides;
  /** Your own class on the root element, next to the kit's. */
  className?: string;
}

/** Put on your `m_redirect_url` page: confirms the returned result once and shows it, also after a reload. */
export function IamportRedirectHandler({
  type,
  onOutcome,
  children,
  homeHref = "/",
  retryHref,
  messages,
  className,
}: IamportRedirectHandlerProps) {
  const redirect = useIamportRedirect({ type, onOutcome });
  const { text } = useTexts("IamportRedirectHandler", messages);
  const client = useIsClient();
  const [saved] = useState(readResult);
  const live = redirect.outcome && !redirect.isPending ? redirect.outcome : null;
  const kind = redirect.kind ?? type ?? "payment";
  useEffect(() => {
    if (live) saveResult(kind, live);
  }, [live, kind]);
  if (children) return <>{children(redirect)}</>;
  // Until the runtime has read the URL, a result in the query is not "no result" (a page's own ?merchant_uid= is).
  const arriving = client && !!parseRedirect(location.search);
  const idle = redirect.status === "idle" && !redirect.outcome;
  const shown = idle ? (saved?.outcome ?? null) : redirect.outcome;
  const shownKind = idle && saved ? saved.kind : kind;
  if (client && idle && !shown && !arriving)
    return (
      <div className={cx("iamport-result", className)} data-status="empty" role="status" aria-live="polite">
        <p className="iamport-result__message">{text.noResult}</p>
        <div className="iamport-result__actions">
          <a className="iamport-result__home" href={homeHref}>
            {text.backToShop}
          </a>
        </div>
      </div>
    );
  const failed = shown && "error" in shown && shown.error.code !== "VERIFY_FAILED";
  return (
    <div className={cx("iamport-return", className)}>
      <PaymentResult
        outcome={shown}
        kind={shownKind}
        pending={redirect.isPending}
        phase={redirect.phase}
        pendingText={text.kinds[shownKind].checking}
        onRetry={() => void redirect.retry(idle ? (saved ?? undefined) : undefined)}
        homeHref={homeHref}
        messages={messages}
      />
      {failed && retryHref && (
        <a className="iamport-button iamport-return__again" href={retryHref}>
          {text.kinds[shownKind].again}
        </a>
      )}
    </div>
  );
}

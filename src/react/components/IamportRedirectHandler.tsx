import type { ReactNode } from "react";
import type { OutcomeOf } from "../../core/outcome";
import type { RequestKind } from "../../core/types";
import { useIamportRedirect } from "../useIamportRedirect";
import type { Messages } from "./messages";
import { PaymentResult } from "./PaymentResult";
import { useMessages } from "./shared";

export interface IamportRedirectHandlerProps {
  /** What the return is for when the journal does not know it; default `payment`. */
  type?: RequestKind;
  onOutcome?: (outcome: OutcomeOf<RequestKind>) => void;
  /** Custom UI instead of `PaymentResult`. */
  children?: (state: ReturnType<typeof useIamportRedirect>) => ReactNode;
  messages?: Partial<Messages>;
  className?: string;
}

/** Put on your `m_redirect_url` page: verifies the returned result once and shows it. */
export function IamportRedirectHandler({
  type,
  onOutcome,
  children,
  messages,
  className,
}: IamportRedirectHandlerProps) {
  const redirect = useIamportRedirect({ type, onOutcome });
  const { text } = useMessages("IamportRedirectHandler", messages);
  if (children) return <>{children(redirect)}</>;
  return (
    <PaymentResult
      outcome={redirect.outcome}
      pending={redirect.isPending}
      phase={redirect.phase}
      onRetry={() => void redirect.retry()}
      messages={{ ...messages, verifying: text.checkingResult }}
      className={className}
    />
  );
}

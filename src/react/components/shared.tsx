import { useMemo, useSyncExternalStore, type ButtonHTMLAttributes, type ReactNode } from "react";
import type { IamportError } from "../../core/errors";
import type { OutcomeOf } from "../../core/outcome";
import type { Phase, RequestSpec } from "../../core/session";
import type { RequestKind } from "../../core/types";
import { useIamportContext } from "../context";
import { useRequest } from "../useRequest";
import { MESSAGES, type Messages } from "./messages";

const subscribe = () => () => undefined;

/** The component's base class plus the merchant's own. */
export const cx = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

/** False during a server render and hydration, true after: components show a neutral placeholder until then. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** What every component reads from the provider: its locale's texts (with overrides on top), the locale and the SDK's status. */
export function useMessages(component: string, overrides?: Partial<Messages>) {
  const { locale, status } = useIamportContext(component);
  const text = useMemo<Messages>(() => ({ ...MESSAGES[locale], ...overrides }), [locale, overrides]);
  return { text, locale, sdkStatus: status };
}

type AnyOutcome = { status: string; error?: IamportError };

/** One sentence for an outcome: the PG's own message verbatim when it gave one (Naver Pay's review requires it). */
export function outcomeText(outcome: AnyOutcome, text: Messages): string {
  const { error } = outcome;
  if (!error) return (text as unknown as Record<string, string>)[outcome.status] ?? "";
  if (error.code === "PAYMENT_FAILED" && error.pgMessage) return error.pgMessage;
  return text.errors[error.code];
}

export function phaseText(phase: Phase | null, text: Messages): string {
  return phase === "loading-sdk" ? text.loadingSdk : phase === "verifying" ? text.verifying : text.awaitingPayment;
}

/** Calls `onPaid`, `onReady`, `onIssued`, … for the outcome's status, after `onOutcome`. */
export function dispatchOutcome<O extends { status: string }>(
  outcome: O,
  onOutcome: ((o: O) => void) | undefined,
  handlers: Record<string, ((o: never) => void) | undefined>,
) {
  onOutcome?.(outcome);
  handlers[outcome.status]?.(outcome as never);
}

export interface ActionState {
  status: "idle" | "pending" | "success" | "error";
  phase: Phase | null;
  isPending: boolean;
  outcome: AnyOutcome | null;
}

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "type" | "children"> & {
  children?: ReactNode;
};

/** The button all three action components render, with a polite live region announcing progress and the outcome. */
export function ActionButton({
  state,
  onActivate,
  text,
  label,
  sdkStatus,
  className,
  disabled,
  children,
  ...rest
}: ButtonProps & { state: ActionState; onActivate: () => void; text: Messages; label: string; sdkStatus: string }) {
  const client = useIsClient();
  const announcement = state.isPending
    ? phaseText(state.phase, text)
    : state.outcome
      ? outcomeText(state.outcome, text)
      : "";
  return (
    <>
      <button
        {...rest}
        type="button"
        className={cx("iamport-button", className)}
        data-state={client ? state.status : "placeholder"}
        aria-busy={state.isPending || undefined}
        disabled={!client || disabled || state.isPending || sdkStatus === "loading"}
        onClick={onActivate}
      >
        {children ?? label}
      </button>
      <span className="iamport-status" role="status" aria-live="polite">
        {client ? announcement : ""}
      </span>
    </>
  );
}

export interface RequestButtonProps<K extends RequestKind, P> extends ButtonProps {
  params: P | (() => P);
  onOutcome?: (outcome: OutcomeOf<K>) => void;
  messages?: Partial<Messages>;
}

/**
 * `PaymentButton`, `BillingKeyButton` and `CertificationButton`: the hook behind `usePayment` & co. (named
 * after it in misuse errors) plus `ActionButton`, with per-status callbacks.
 */
export function RequestButton<K extends RequestKind, P>({
  spec,
  hook,
  label,
  handlers,
  params,
  onOutcome,
  messages,
  ...button
}: RequestButtonProps<K, P> & {
  spec: RequestSpec<K>;
  hook: string;
  label: "pay" | "issueBillingKey" | "certify";
  handlers: Record<string, ((outcome: never) => void) | undefined>;
}) {
  const request = useRequest(spec, hook, { onOutcome: (outcome) => dispatchOutcome(outcome, onOutcome, handlers) });
  const { text, sdkStatus } = useMessages(hook, messages);
  return (
    <ActionButton
      {...button}
      state={request}
      text={text}
      sdkStatus={sdkStatus}
      label={text[label]}
      onActivate={() => void request.request(typeof params === "function" ? (params as () => P)() : params)}
    />
  );
}

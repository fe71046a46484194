import type { ButtonHTMLAttributes, ReactNode } from "react";
import type { IamportError, Phase, RequestKind, RequestStatus } from "../../index";
import { useIamport } from "../useIamport";
import { cx } from "./cx";
import { announce, describeOutcome, phaseText, type AnyOutcome, type Tone } from "./describe";
import { Spinner, ToneIcon } from "./Icons";
import type { MessageOverrides } from "./messages";
import { useIsClient } from "./useIsClient";
import { useTexts } from "./useTexts";

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "type" | "children"> & {
  /** The button's label; default the kind's action text ("결제하기", "카드 등록하기", "본인인증하기"). */
  children?: ReactNode;
  /** Per-text overrides (see the README's theming table). */
  messages?: MessageOverrides;
};

export interface ActionState {
  status: RequestStatus;
  phase: Phase | null;
  outcome: AnyOutcome | null;
  /** Posts a result whose confirmation failed once more (the hook's `retry`). */
  retry?: () => unknown;
}

interface Line {
  tone: Tone | "progress";
  text: string;
}

function lineFor(
  state: ActionState,
  kind: RequestKind,
  sdk: { status: string; error: IamportError | null },
  text: ReturnType<typeof useTexts>["text"],
): Line | null {
  const words = text.kinds[kind];
  if (state.outcome?.status === "redirecting") return { tone: "progress", text: words.redirecting };
  if (state.status === "pending") return { tone: "progress", text: phaseText(state.phase, kind, text) };
  if (state.outcome) {
    const described = describeOutcome(state.outcome, kind, text);
    return { tone: described.tone, text: announce(described) };
  }
  if (sdk.status === "loading") return { tone: "progress", text: words.loadingSdk };
  if (sdk.status === "error")
    return { tone: "failed", text: sdk.error?.code === "SDK_TIMEOUT" ? words.sdkTimeout : words.sdkFailed };
  return null;
}

/**
 * The view the three buttons share: the button, then one status line (a polite live region) saying what is
 * going on — SDK loading, window open, confirming, or the result with its own colour and icon.
 */
export function ActionButton({
  kind,
  state,
  onActivate,
  className,
  disabled,
  children,
  messages,
  ...rest
}: ButtonProps & { kind: RequestKind; state: ActionState; onActivate: () => void }) {
  const client = useIsClient();
  const sdk = useIamport();
  const { text } = useTexts("ActionButton", messages);
  const pending = state.status === "pending";
  // A delayed confirmation may already be paid: only "check again" is offered, never a second payment.
  const delayed = state.outcome?.error?.code === "VERIFY_FAILED";
  const line = client ? lineFor(state, kind, sdk, text) : null;
  const sdkState = !client ? "placeholder" : sdk.status === "error" && !state.outcome ? "sdk-error" : sdk.status;
  return (
    <div className={cx("iamport-action", className)} data-sdk={sdkState}>
      <button
        {...rest}
        type="button"
        className="iamport-button"
        data-state={client ? state.status : "placeholder"}
        aria-busy={pending || undefined}
        disabled={!client || disabled || pending || delayed || sdk.status === "loading"}
        onClick={onActivate}
      >
        <span className="iamport-button__label">{children ?? text.kinds[kind].action}</span>
        {pending && <Spinner />}
      </button>
      <p className="iamport-status" role="status" aria-live="polite" data-tone={line?.tone}>
        {line && (line.tone === "progress" ? <Spinner /> : <ToneIcon tone={line.tone} />)}
        {line && <span>{line.text}</span>}
      </p>
      {client && delayed && (
        <button type="button" className="iamport-link-button" onClick={state.retry}>
          {text.retry}
        </button>
      )}
      {client && sdk.status === "error" && !pending && (
        <button type="button" className="iamport-link-button" onClick={sdk.retry}>
          {text.reloadSdk}
        </button>
      )}
    </div>
  );
}

import type { StoryContext } from "@storybook/react-vite";
import type { ReactElement } from "react";
import { IamportError, type BillingKeyOutcome, type CertificationOutcome, type PaymentOutcome } from "iamport-react";
import { ActionButton, type ActionState } from "../src/react/components/ActionButton";
import { MESSAGES, type Messages } from "../src/react/components/messages";
import type { RequestKind } from "iamport-react";

/** The current locale's texts, so plays find elements by what the buyer reads in either language. */
export const textsOf = (globals: StoryContext["globals"]): Messages => MESSAGES[globals.locale === "en" ? "en" : "ko"];

const vbank = {
  vbank_name: "국민은행",
  vbank_num: "T1234-5678-9012",
  vbank_holder: "(주)아임포트테스트",
  vbank_date: 1798729199,
};

export const OUTCOMES = {
  paid: {
    status: "paid",
    imp_uid: "imp_123456789012",
    merchant_uid: "order-1001",
    verification: { status: "paid", amount: 64900, receipt_url: "https://iamport.example/receipts/imp_123456789012" },
  },
  ready: {
    status: "ready",
    imp_uid: "imp_123456789013",
    merchant_uid: "order-1002",
    verification: { status: "ready", amount: 64900 },
    vbank,
  },
  cancelled: {
    status: "cancelled",
    imp_uid: null,
    merchant_uid: "order-1003",
    error: new IamportError("CANCELLED", "사용자가 결제를 취소하셨습니다"),
  },
  declined: {
    status: "failed",
    imp_uid: "imp_123456789014",
    merchant_uid: "order-1004",
    error: new IamportError("PAYMENT_FAILED", "x", {
      pgCode: "F0004",
      pgMessage: "[F0004] 카드 한도가 초과되었습니다",
    }),
  },
  rejected: {
    status: "failed",
    imp_uid: "imp_123456789015",
    merchant_uid: "order-1005",
    error: new IamportError("VERIFY_REJECTED", "amount mismatch"),
  },
  delayed: {
    status: "failed",
    imp_uid: "imp_123456789016",
    merchant_uid: "order-1006",
    error: new IamportError("VERIFY_FAILED", "unreachable", { retriable: true }),
  },
  busy: {
    status: "failed",
    imp_uid: null,
    merchant_uid: "order-1002",
    error: new IamportError("BUSY", "busy"),
  },
} satisfies Record<string, PaymentOutcome>;

export const CARD_SAVED: BillingKeyOutcome = {
  status: "issued",
  customer_uid: "customer-7",
  imp_uid: "imp_123456789017",
  merchant_uid: "bill-1",
  verification: { status: "issued" },
};

export const IDENTITY_VERIFIED: CertificationOutcome = {
  status: "certified",
  imp_uid: "imp_123456789018",
  merchant_uid: "cert-1",
  verification: { status: "certified" },
};

/**
 * On a docs page a flow cannot run (one i'mport window per page), so a flow story shows its end state
 * there: the same markup the component renders once the flow is over.
 */
export function endState<A>(kind: RequestKind, state: Partial<ActionState>, live: (args: A) => ReactElement) {
  return (args: A, context: StoryContext) =>
    context.viewMode === "docs" ? (
      <ActionButton
        kind={kind}
        state={{ status: "idle", phase: null, outcome: null, ...state }}
        onActivate={() => undefined}
      />
    ) : (
      live(args)
    );
}

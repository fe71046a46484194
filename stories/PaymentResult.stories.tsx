import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { IamportError, PaymentResult } from "iamport-react";

const meta = {
  title: "Components/PaymentResult",
  component: PaymentResult,
  args: { outcome: null, onRetry: fn() },
} satisfies Meta<typeof PaymentResult>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Pending: Story = { args: { pending: true, phase: "verifying" } };

export const Paid: Story = {
  args: {
    outcome: {
      status: "paid",
      imp_uid: "imp_123456789012",
      merchant_uid: "order-1001",
      verification: { status: "paid", receipt_url: "https://iamport.example/receipts/imp_123456789012" },
    },
  },
};

export const VirtualAccountIssued: Story = {
  args: {
    outcome: {
      status: "ready",
      imp_uid: "imp_123456789013",
      merchant_uid: "order-1002",
      verification: { status: "ready" },
      vbank: {
        vbank_name: "국민은행",
        vbank_num: "T1234-5678-9012",
        vbank_holder: "(주)아임포트테스트",
        vbank_date: 1798729199,
      },
    },
  },
};

export const Cancelled: Story = {
  args: {
    outcome: {
      status: "cancelled",
      imp_uid: null,
      merchant_uid: "order-1003",
      error: new IamportError("CANCELLED", "사용자가 결제를 취소하셨습니다"),
    },
  },
};

export const PgFailure: Story = {
  args: {
    outcome: {
      status: "failed",
      imp_uid: "imp_123456789014",
      merchant_uid: "order-1004",
      error: new IamportError("PAYMENT_FAILED", "x", {
        pgCode: "F0004",
        pgMessage: "[F0004] 카드 한도가 초과되었습니다",
      }),
    },
  },
};

export const VerifyRejected: Story = {
  args: {
    outcome: {
      status: "failed",
      imp_uid: "imp_123456789015",
      merchant_uid: "order-1005",
      error: new IamportError("VERIFY_REJECTED", "amount mismatch"),
    },
  },
};

export const VerifyFailedWithRetry: Story = {
  args: {
    outcome: {
      status: "failed",
      imp_uid: "imp_123456789016",
      merchant_uid: "order-1006",
      error: new IamportError("VERIFY_FAILED", "unreachable", { retriable: true }),
    },
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "다시 확인하기" }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const CardSaved: Story = {
  args: {
    outcome: {
      status: "issued",
      customer_uid: "customer-7",
      imp_uid: "imp_123456789017",
      merchant_uid: "bill-1",
      verification: { status: "issued" },
    },
  },
};

export const IdentityVerified: Story = {
  args: {
    outcome: {
      status: "certified",
      imp_uid: "imp_123456789018",
      merchant_uid: "cert-1",
      verification: { status: "certified" },
    },
  },
};

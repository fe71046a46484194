import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { PaymentResult } from "iamport-react";
import { CARD_SAVED, IDENTITY_VERIFIED, OUTCOMES, textsOf } from "./fixtures";

const meta = {
  title: "Components/PaymentResult",
  component: PaymentResult,
  args: { outcome: null, onRetry: fn(), onRestart: fn() },
} satisfies Meta<typeof PaymentResult>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Pending: Story = { name: "Confirming", args: { pending: true, phase: "verifying" } };

export const Paid: Story = {
  name: "Paid, with receipt",
  args: { outcome: OUTCOMES.paid, homeHref: "/" },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await expect(within(canvasElement).getByRole("link", { name: t.receipt })).toBeVisible();
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("order-1001");
  },
};

export const VirtualAccountIssued: Story = {
  name: "Virtual account issued",
  args: { outcome: OUTCOMES.ready },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent(textsOf(globals).depositAmount);
  },
};

export const Cancelled: Story = { name: "Cancelled by the buyer", args: { outcome: OUTCOMES.cancelled } };

export const PgFailure: Story = { name: "Declined by the card company", args: { outcome: OUTCOMES.declined } };

export const VerifyRejected: Story = {
  name: "Rejected by your server (amount mismatch)",
  args: { outcome: OUTCOMES.rejected },
};

export const VerifyFailedWithRetry: Story = {
  name: "Confirmation delayed, check again",
  args: { outcome: OUTCOMES.delayed },
  play: async ({ canvasElement, args, globals }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: textsOf(globals).retry }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const CardSaved: Story = { name: "Card saved", args: { outcome: CARD_SAVED } };

export const IdentityVerified: Story = { name: "Identity verified", args: { outcome: IDENTITY_VERIFIED } };

export const IdentityCancelled: Story = {
  name: "Identity verification cancelled",
  args: { outcome: OUTCOMES.cancelled, kind: "certification" },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent(
      textsOf(globals).kinds.certification.cancelled,
    );
  },
};

import type { ComponentProps } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { PaymentButton } from "iamport-react";
import { endState, OUTCOMES, textsOf } from "./fixtures";
import { clickWhenReady, expectAnnounced, shirt } from "./helpers";

const meta = {
  title: "Components/PaymentButton",
  component: PaymentButton,
  args: { params: shirt },
  parameters: { docs: { description: { component: "`usePayment` plus a button and its status line." } } },
} satisfies Meta<typeof PaymentButton>;
export default meta;
type Story = StoryObj<typeof meta>;

const live = (args: ComponentProps<typeof PaymentButton>) => <PaymentButton {...args} />;

export const Ready: Story = {
  name: "Ready to pay",
  play: async ({ canvasElement, globals }) => {
    const button = within(canvasElement).getByRole("button", { name: textsOf(globals).kinds.payment.action });
    await waitFor(() => expect(button).toBeEnabled());
    await expect(button).toHaveAttribute("data-state", "idle");
  },
};

export const SdkLoading: Story = {
  name: "SDK loading",
  parameters: { iamport: { sdk: "slow" } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await expect(within(canvasElement).getByRole("button", { name: t.action })).toBeDisabled();
    await expectAnnounced(canvasElement, t.loadingSdk);
  },
};

export const SdkFailed: Story = {
  name: "SDK failed to load, with reload",
  parameters: { iamport: { sdk: "broken" } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await expectAnnounced(canvasElement, t.kinds.payment.sdkFailed);
    await expect(within(canvasElement).getByRole("button", { name: t.reloadSdk })).toBeVisible();
  },
};

export const SdkTimeout: Story = {
  name: "SDK timed out",
  parameters: { iamport: { sdk: "slow", provider: { sdk: { src: "/slow-iamport.js", timeoutMs: 300 } } } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await expectAnnounced(canvasElement, t.kinds.payment.sdkTimeout);
    await expect(within(canvasElement).getByRole("button", { name: t.reloadSdk })).toBeVisible();
  },
};

export const WindowOpen: Story = {
  name: "Payment window open",
  parameters: { iamport: { window: true } },
  render: endState("payment", { status: "pending", phase: "awaiting-payment" }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    const dialog = await within(document.body).findByRole("dialog", { name: "Simulated payment window" });
    await expect(dialog).toHaveTextContent("린넨 셔츠");
    await expect(within(canvasElement).getByRole("button", { name: t.action })).toHaveAttribute("aria-busy", "true");
    await expectAnnounced(canvasElement, t.awaiting);
  },
};

export const Verifying: Story = {
  name: "Confirming with your server",
  parameters: { iamport: { verify: { delayMs: -1 } } },
  render: endState("payment", { status: "pending", phase: "verifying" }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.verifying);
  },
};

export const Paid: Story = {
  name: "Paid",
  render: endState("payment", { status: "success", outcome: OUTCOMES.paid }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.success);
    const status = within(canvasElement).getByRole("status");
    await expect(status).toHaveAttribute("data-tone", "success");
    await expect(within(canvasElement).getByRole("button", { name: t.action })).toHaveAttribute(
      "data-state",
      "success",
    );
  },
};

export const VirtualAccountIssued: Story = {
  name: "Virtual account issued",
  args: { params: { ...shirt, pay_method: "vbank" } },
  parameters: { iamport: { outcome: "ready" } },
  render: endState("payment", { status: "success", outcome: OUTCOMES.ready }, live),
  play: async ({ canvasElement, globals }) => {
    await clickWhenReady(canvasElement, textsOf(globals).kinds.payment.action);
    await expectAnnounced(canvasElement, textsOf(globals).ready);
  },
};

export const Cancelled: Story = {
  name: "Cancelled by the buyer",
  parameters: { iamport: { outcome: "cancelled" } },
  render: endState("payment", { status: "error", outcome: OUTCOMES.cancelled }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.cancelled);
  },
};

export const PgFailure: Story = {
  name: "Declined by the card company",
  parameters: { iamport: { outcome: "failed" } },
  render: endState("payment", { status: "error", outcome: OUTCOMES.declined }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.failed);
    await expectAnnounced(canvasElement, "[F0004] 카드 한도가 초과되었습니다");
    await expect(within(canvasElement).getByRole("status")).toHaveAttribute("data-tone", "failed");
  },
};

export const VerifyRejected: Story = {
  name: "Rejected by your server (amount mismatch)",
  parameters: { iamport: { verify: { orders: { "order-1001": { amount: 100 } } } } },
  render: endState("payment", { status: "error", outcome: OUTCOMES.rejected }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.rejected);
  },
};

export const VerifyUnreachable: Story = {
  name: "Confirmation delayed (server unreachable)",
  parameters: { iamport: { verify: { unreachable: true } } },
  render: endState("payment", { status: "error", outcome: OUTCOMES.delayed }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.delayed);
    await expect(within(canvasElement).getByRole("status")).toHaveAttribute("data-tone", "delayed");
  },
};

export const VerifyRecoversAfter5xx: Story = {
  name: "Verify recovers after a 5xx",
  parameters: { iamport: { verify: { failFirst: 2 } } },
  render: endState("payment", { status: "success", outcome: OUTCOMES.paid }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.success);
  },
};

const OTHER = { en: "Pay for another order", ko: "다른 주문 결제하기" };

export const Busy: Story = {
  name: "A second window is refused",
  parameters: { iamport: { window: true } },
  render: (args, { globals }) => (
    <div style={{ display: "grid", gap: 16 }}>
      <PaymentButton {...args} />
      <PaymentButton {...args} params={{ ...shirt, merchant_uid: "order-1002" }}>
        {OTHER[globals.locale === "en" ? "en" : "ko"]}
      </PaymentButton>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await clickWhenReady(canvasElement, t.kinds.payment.action);
    await clickWhenReady(canvasElement, OTHER[globals.locale === "en" ? "en" : "ko"]);
    await expectAnnounced(canvasElement, t.errors.BUSY);
    await userEvent.keyboard("{Escape}");
  },
};

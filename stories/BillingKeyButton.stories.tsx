import type { ComponentProps } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { BillingKeyButton } from "iamport-react";
import { CARD_SAVED, endState, textsOf } from "./fixtures";
import { clickWhenReady, expectAnnounced } from "./helpers";

const meta = {
  title: "Components/BillingKeyButton",
  component: BillingKeyButton,
  args: {
    params: {
      merchant_uid: "bill-1",
      customer_uid: "customer-7",
      amount: 0,
      pg: "tosspayments",
      buyer_name: "홍길동",
      name: "월간 구독 카드 등록",
    },
  },
} satisfies Meta<typeof BillingKeyButton>;
export default meta;
type Story = StoryObj<typeof meta>;

const live = (args: ComponentProps<typeof BillingKeyButton>) => <BillingKeyButton {...args} />;

export const Issued: Story = {
  name: "Card saved",
  render: endState("billing_key", { status: "success", outcome: CARD_SAVED }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.billing_key;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.success);
  },
};

export const Declined: Story = {
  name: "Card declined",
  parameters: { iamport: { outcome: "failed" } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.billing_key;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.failed);
    await expectAnnounced(canvasElement, "[F0004] 카드 한도가 초과되었습니다");
  },
};

export const Cancelled: Story = {
  name: "Registration cancelled",
  parameters: { iamport: { outcome: "cancelled" } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.billing_key;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.cancelled);
  },
};

export const WithSimulatedWindow: Story = {
  name: "With the simulated window",
  parameters: { iamport: { window: true } },
};

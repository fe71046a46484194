import type { Meta, StoryObj } from "@storybook/react-vite";
import { BillingKeyButton } from "iamport-react";
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

export const Issued: Story = {
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, "카드 등록하기");
    await expectAnnounced(canvasElement, "카드가 등록되었습니다.");
  },
};

export const Declined: Story = {
  parameters: { iamport: { outcome: "failed" } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, "카드 등록하기");
    await expectAnnounced(canvasElement, "[F0004] 카드 한도가 초과되었습니다");
  },
};

export const WithSimulatedWindow: Story = { parameters: { iamport: { window: true } } };

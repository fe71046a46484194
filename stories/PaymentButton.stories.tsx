import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { PaymentButton } from "iamport-react";
import { clickWhenReady, expectAnnounced, SdkStatus, shirt } from "./helpers";

const meta = {
  title: "Components/PaymentButton",
  component: PaymentButton,
  args: { params: shirt, children: "64,900원 결제하기" },
} satisfies Meta<typeof PaymentButton>;
export default meta;
type Story = StoryObj<typeof meta>;

const PAY = /64,900원 결제하기/;

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole("button", { name: PAY });
    await waitFor(() => expect(button).toBeEnabled());
    await expect(button).toHaveAttribute("data-state", "idle");
  },
};

export const SdkLoading: Story = {
  parameters: { iamport: { sdk: "slow" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: PAY })).toBeDisabled();
  },
};

export const SdkFailedWithRetry: Story = {
  parameters: { iamport: { sdk: "broken" } },
  render: (args) => (
    <>
      <SdkStatus />
      <PaymentButton {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId("sdk-status")).toHaveTextContent("error"));
    await expect(canvas.getByText("SDK_LOAD_FAILED")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: PAY }));
    await expectAnnounced(canvasElement, "결제 모듈을 불러오지 못했습니다.");
  },
};

export const WindowOpen: Story = {
  parameters: { iamport: { window: true } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    const dialog = await within(document.body).findByRole("dialog", { name: "Simulated payment window" });
    await expect(dialog).toHaveTextContent("린넨 셔츠");
    await expect(within(canvasElement).getByRole("button", { name: PAY })).toHaveAttribute("aria-busy", "true");
  },
};

export const Verifying: Story = {
  parameters: { iamport: { verify: { delayMs: -1 } } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "결제 확인 중…");
  },
};

export const Paid: Story = {
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "결제가 완료되었습니다.");
    await expect(within(canvasElement).getByRole("button", { name: PAY })).toHaveAttribute("data-state", "success");
  },
};

export const VirtualAccountIssued: Story = {
  args: { params: { ...shirt, pay_method: "vbank" } },
  parameters: { iamport: { outcome: "ready" } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "가상계좌가 발급되었습니다.");
  },
};

export const Cancelled: Story = {
  parameters: { iamport: { outcome: "cancelled" } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "결제를 취소했습니다.");
  },
};

export const PgFailure: Story = {
  parameters: { iamport: { outcome: "failed" } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "[F0004] 카드 한도가 초과되었습니다");
  },
};

export const VerifyRejected: Story = {
  parameters: { iamport: { verify: { orders: { "order-1001": { amount: 100 } } } } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "결제를 확인할 수 없어 취소되었습니다.");
  },
};

export const VerifyUnreachable: Story = {
  parameters: { iamport: { verify: { unreachable: true } } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "결제 확인이 지연되고 있습니다.");
  },
};

export const VerifyRecoversAfter5xx: Story = {
  parameters: { iamport: { verify: { failFirst: 2 } } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await expectAnnounced(canvasElement, "결제가 완료되었습니다.");
  },
};

export const Busy: Story = {
  parameters: { iamport: { window: true } },
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      <PaymentButton {...args}>64,900원 결제하기</PaymentButton>
      <PaymentButton {...args} params={{ ...shirt, merchant_uid: "order-1002" }}>
        다른 주문 결제하기
      </PaymentButton>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, PAY);
    await clickWhenReady(canvasElement, "다른 주문 결제하기");
    await expectAnnounced(canvasElement, "이미 결제창이 열려 있습니다.");
  },
};

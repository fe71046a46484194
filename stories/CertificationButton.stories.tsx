import type { Meta, StoryObj } from "@storybook/react-vite";
import { CertificationButton } from "iamport-react";
import { clickWhenReady, expectAnnounced } from "./helpers";

const meta = {
  title: "Components/CertificationButton",
  component: CertificationButton,
  args: { params: { pg: "danal", merchant_uid: "cert-1", min_age: 19 } },
} satisfies Meta<typeof CertificationButton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Certified: Story = {
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, "본인인증하기");
    await expectAnnounced(canvasElement, "본인인증이 완료되었습니다.");
  },
};

export const Cancelled: Story = {
  parameters: { iamport: { outcome: "cancelled" } },
  play: async ({ canvasElement }) => {
    await clickWhenReady(canvasElement, "본인인증하기");
    await expectAnnounced(canvasElement, "결제를 취소했습니다.");
  },
};

export const WithSimulatedWindow: Story = { parameters: { iamport: { window: true } } };

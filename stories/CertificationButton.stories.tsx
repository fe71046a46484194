import type { ComponentProps } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { CertificationButton } from "iamport-react";
import { endState, IDENTITY_VERIFIED, textsOf } from "./fixtures";
import { clickWhenReady, expectAnnounced } from "./helpers";

const meta = {
  title: "Components/CertificationButton",
  component: CertificationButton,
  args: { params: { pg: "danal", merchant_uid: "cert-1", min_age: 19 } },
} satisfies Meta<typeof CertificationButton>;
export default meta;
type Story = StoryObj<typeof meta>;

const live = (args: ComponentProps<typeof CertificationButton>) => <CertificationButton {...args} />;

export const Certified: Story = {
  name: "Identity verified",
  render: endState("certification", { status: "success", outcome: IDENTITY_VERIFIED }, live),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.certification;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.success);
  },
};

export const Cancelled: Story = {
  name: "Verification cancelled",
  parameters: { iamport: { outcome: "cancelled" } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.certification;
    await clickWhenReady(canvasElement, t.action);
    await expectAnnounced(canvasElement, t.cancelled);
  },
};

export const WithSimulatedWindow: Story = {
  name: "With the simulated window",
  parameters: { iamport: { window: true } },
};

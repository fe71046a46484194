import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { CheckoutForm } from "iamport-react";
import { expectAnnounced } from "./helpers";

const meta = {
  title: "Components/CheckoutForm",
  component: CheckoutForm,
  args: {
    params: { merchant_uid: "order-2001", name: "린넨 셔츠 외 1건", amount: 64900, tax_free: 0, pg: "html5_inicis" },
    payMethods: ["card", "trans", "vbank", "kakaopay", "naverpay", "tosspay"],
  },
} satisfies Meta<typeof CheckoutForm>;
export default meta;
type Story = StoryObj<typeof meta>;

const PAY = "64,900원 결제하기";

export const Empty: Story = {};

export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submit = canvas.getByRole("button", { name: PAY });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    await expect(canvas.getByLabelText("이름 *")).toHaveAccessibleDescription("필수 입력 항목입니다.");
    await expect(canvas.getByLabelText("이름 *")).toHaveFocus();
  },
};

export const PaidWithKakaoPay: Story = {
  args: { defaultBuyer: { name: "홍길동", tel: "010-1234-5678", email: "gildong@example.com" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText("카카오페이"));
    const submit = canvas.getByRole("button", { name: PAY });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    await expectAnnounced(canvasElement, "결제가 완료되었습니다.");
    await expect(canvas.getByRole("link", { name: "영수증 보기" })).toBeVisible();
  },
};

export const VirtualAccountIssued: Story = {
  args: { payMethods: ["vbank"], defaultBuyer: { name: "홍길동", tel: "010-1234-5678" } },
  parameters: { iamport: { outcome: "ready" } },
  play: async ({ canvasElement }) => {
    const submit = within(canvasElement).getByRole("button", { name: PAY });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    await expectAnnounced(canvasElement, "가상계좌가 발급되었습니다.");
    await expect(within(canvasElement).getByRole("button", { name: "계좌번호 복사" })).toBeVisible();
  },
};

export const WithTerms: Story = {
  args: { terms: true, defaultBuyer: { name: "홍길동", tel: "010-1234-5678" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submit = canvas.getByRole("button", { name: PAY });
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    await expect(canvas.getByRole("checkbox")).toHaveAccessibleDescription("결제에 동의해 주세요.");
  },
};

export const WithSimulatedWindow: Story = {
  args: { defaultBuyer: { name: "홍길동", tel: "010-1234-5678" } },
  parameters: { iamport: { window: true } },
};

export const English: Story = {
  globals: { locale: "en" },
  args: { defaultBuyer: { name: "Gildong Hong", tel: "010-1234-5678" } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("button", { name: "Pay ₩64,900" })).toBeVisible();
  },
};

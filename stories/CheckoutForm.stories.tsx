import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { CheckoutForm, PaymentResult, type CheckoutFormProps } from "iamport-react";
import { formatAmount } from "../src/react/components/messages";
import { OUTCOMES, textsOf } from "./fixtures";
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

const buyer = { name: "홍길동", tel: "010-1234-5678", email: "gildong@example.com" };

/** The submit button's name in the story's locale. */
function payName(globals: StoryContext["globals"]) {
  const locale = globals.locale === "en" ? "en" : "ko";
  return textsOf(globals).payAmount(formatAmount(64900, "KRW", locale));
}

async function submit(canvasElement: HTMLElement, globals: StoryContext["globals"]) {
  const button = within(canvasElement).getByRole("button", { name: payName(globals) });
  // Enabled for a moment before the provider starts loading the SDK: wait for the load to end.
  const form = canvasElement.querySelector(".iamport-form");
  await waitFor(() => expect(form).toHaveAttribute("data-sdk", "ready"), { timeout: 5000 });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 5000 });
  await userEvent.click(button);
}

/** A finished checkout on a docs page: the result that replaces the form. */
const finished =
  (outcome: (typeof OUTCOMES)["paid"] | (typeof OUTCOMES)["ready"]) => (args: CheckoutFormProps, ctx: StoryContext) =>
    ctx.viewMode === "docs" ? (
      <div className="iamport-form" data-state="success">
        <PaymentResult outcome={outcome} kind="payment" amount={64900} />
      </div>
    ) : (
      <CheckoutForm {...args} />
    );

export const Empty: Story = { name: "Empty form" };

export const ValidationErrors: Story = {
  name: "Missing details after submit",
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await submit(canvasElement, globals);
    const name = within(canvasElement).getByLabelText(`${t.buyerName} *`);
    await expect(name).toHaveAccessibleDescription(t.required);
    await expect(name).toHaveFocus();
  },
};

export const PaidWithKakaoPay: Story = {
  name: "Paid with KakaoPay",
  args: { defaultBuyer: buyer },
  render: finished(OUTCOMES.paid),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await userEvent.click(within(canvasElement).getByRole("radio", { name: t.methods.kakaopay }));
    await submit(canvasElement, globals);
    await expectAnnounced(canvasElement, t.kinds.payment.success);
    await expect(within(canvasElement).getByRole("link", { name: t.receipt })).toBeVisible();
    await expect(within(canvasElement).queryByRole("button", { name: payName(globals) })).toBeNull();
  },
};

export const VirtualAccountIssued: Story = {
  name: "Virtual account issued",
  args: { payMethods: ["vbank"], defaultBuyer: buyer },
  parameters: { iamport: { outcome: "ready" } },
  render: finished(OUTCOMES.ready),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await submit(canvasElement, globals);
    await expectAnnounced(canvasElement, t.ready);
    await expect(within(canvasElement).getByRole("button", { name: t.copy })).toBeVisible();
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent(t.depositAmount);
  },
};

export const Confirming: Story = {
  name: "Locked while confirming",
  args: { defaultBuyer: buyer },
  parameters: { iamport: { verify: { delayMs: -1 } } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await submit(canvasElement, globals);
    await expectAnnounced(canvasElement, t.kinds.payment.verifying);
    await expect(within(canvasElement).getByLabelText(`${t.buyerName} *`)).toBeDisabled();
  },
};

export const Declined: Story = {
  name: "Declined, buyer can try again",
  args: { defaultBuyer: buyer },
  parameters: { iamport: { outcome: "failed" } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await submit(canvasElement, globals);
    await expectAnnounced(canvasElement, t.kinds.payment.failed);
    const pay = within(canvasElement).getByRole("button", { name: payName(globals) });
    await expect(pay).toBeEnabled();
    pay.blur(); // The baseline is the form at rest, not the focus ring the synthetic click leaves.
  },
};

export const WithTerms: Story = {
  name: "Consent required",
  args: { terms: true, defaultBuyer: buyer },
  play: async ({ canvasElement, globals }) => {
    await submit(canvasElement, globals);
    await expect(within(canvasElement).getByRole("checkbox")).toHaveAccessibleDescription(
      textsOf(globals).termsRequired,
    );
  },
};

export const WithSimulatedWindow: Story = {
  name: "With the simulated window",
  args: { defaultBuyer: buyer, terms: true },
  parameters: { iamport: { window: true } },
};

export const English: Story = {
  name: "English",
  globals: { locale: "en" },
  args: { defaultBuyer: { name: "Gildong Hong", tel: "010-1234-5678" } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("button", { name: "Pay ₩64,900" })).toBeVisible();
  },
};

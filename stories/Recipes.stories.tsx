import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { usePayment, type PaymentRequest } from "iamport-react";
import { SdkStatus, shirt } from "./helpers";

/** A custom checkout built on `usePayment` alone: your markup, the kit's state machine. */
function CustomCheckout({ params }: { params: PaymentRequest }) {
  const { requestPay, status, phase, outcome, error, isPending, reset } = usePayment();
  return (
    <div className="iamport-form" style={{ maxWidth: 360 }}>
      <SdkStatus />
      <button
        type="button"
        className="iamport-button"
        data-state={status}
        disabled={isPending}
        onClick={() => void requestPay(params)}
      >
        {isPending ? "처리 중…" : `${params.amount.toLocaleString("ko-KR")}원 결제`}
      </button>
      <dl className="iamport-result__details iamport-summary">
        <dt>status</dt>
        <dd data-testid="status">{status}</dd>
        <dt>phase</dt>
        <dd>{phase ?? "—"}</dd>
        <dt>outcome</dt>
        <dd data-testid="outcome">{outcome?.status ?? "—"}</dd>
        <dt>error</dt>
        <dd>{error ? `${error.code}: ${error.message}` : "—"}</dd>
      </dl>
      <button type="button" className="iamport-retry" onClick={reset}>
        Reset
      </button>
    </div>
  );
}

const meta = {
  title: "Recipes/Custom UI on usePayment",
  component: CustomCheckout,
  args: { params: shirt },
} satisfies Meta<typeof CustomCheckout>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Paid: Story = {
  name: "Paid",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pay = canvas.getByRole("button", { name: "64,900원 결제" });
    await waitFor(() => expect(canvas.getByTestId("sdk-status")).toHaveTextContent("ready"));
    await userEvent.click(pay);
    await waitFor(() => expect(canvas.getByTestId("outcome")).toHaveTextContent("paid"));
    await expect(canvas.getByTestId("status")).toHaveTextContent("success");
    // The button was disabled while the window was open; whether Chromium then still draws its focus ring is a
    // race, so the end state is shown without focus (the visual tests compare it pixel for pixel).
    pay.blur();
  },
};

export const InvalidAmount: Story = {
  name: "Invalid amount never opens a window",
  args: { params: { ...shirt, amount: 64900.5 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /결제/ }));
    await waitFor(() => expect(canvas.getByText(/INVALID_PARAMS: .*`amount`.*64900\.5/)).toBeVisible());
  },
};

export const WithSimulatedWindow: Story = {
  name: "With the simulated window",
  parameters: { iamport: { window: true } },
};

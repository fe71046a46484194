import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { IamportRedirectHandler } from "iamport-react";
import { fakeLedger, type FakeRecord } from "iamport-react/testing";
import { textsOf } from "./fixtures";
import { expectAnnounced } from "./helpers";

const KEYS = ["imp_uid", "merchant_uid", "imp_success", "success", "error_code", "error_msg"];

/** Puts what i'mport appends to m_redirect_url into this page's URL, as a mobile PG return does. */
function arriveWith(query: Record<string, string>, record?: FakeRecord) {
  return () => {
    if (record) fakeLedger().set(record.imp_uid, record);
    const url = new URL(location.href);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    history.replaceState(history.state, "", url);
    return () => {
      const clean = new URL(location.href);
      KEYS.forEach((key) => clean.searchParams.delete(key));
      history.replaceState(history.state, "", clean);
    };
  };
}

const meta = {
  title: "Components/IamportRedirectHandler",
  component: IamportRedirectHandler,
  args: { homeHref: "/", retryHref: "/checkout" },
} satisfies Meta<typeof IamportRedirectHandler>;
export default meta;
type Story = StoryObj<typeof meta>;

// First: until the runtime forgets a handled return between visits (issue 11), a later story would see it.
export const NoResultInUrl: Story = {
  name: "Opened without a result",
  play: async ({ canvasElement, globals }) => {
    await expectAnnounced(canvasElement, textsOf(globals).noResult);
  },
};

export const ReturnPaid: Story = {
  name: "Returned paid",
  beforeEach: arriveWith(
    { imp_uid: "imp_500000000001", merchant_uid: "order-5001", imp_success: "true" },
    {
      imp_uid: "imp_500000000001",
      merchant_uid: "order-5001",
      type: "payment",
      status: "paid",
      amount: 64900,
      receipt_url: "https://iamport.example/receipts/imp_500000000001",
    },
  ),
  parameters: { iamport: { verify: { delayMs: 600 } } },
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals).kinds.payment;
    await expectAnnounced(canvasElement, t.checking);
    await expectAnnounced(canvasElement, t.success);
    await expect(location.search).not.toContain("imp_uid");
  },
};

export const ReturnVirtualAccount: Story = {
  name: "Returned with a virtual account",
  beforeEach: arriveWith(
    { imp_uid: "imp_500000000002", merchant_uid: "order-5002", imp_success: "true" },
    {
      imp_uid: "imp_500000000002",
      merchant_uid: "order-5002",
      type: "payment",
      status: "ready",
      amount: 64900,
      vbank: {
        vbank_name: "신한은행",
        vbank_num: "56211-0000-1234",
        vbank_holder: "(주)아임포트테스트",
        vbank_date: 1798729199,
      },
    },
  ),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await expectAnnounced(canvasElement, t.ready);
    await expect(within(canvasElement).getByText("56211-0000-1234")).toBeVisible();
    await expectAnnounced(canvasElement, t.depositAmount);
  },
};

export const ReturnFailure: Story = {
  name: "Returned declined",
  beforeEach: arriveWith({
    imp_uid: "imp_500000000003",
    merchant_uid: "order-5003",
    imp_success: "false",
    error_code: "F0004",
    error_msg: "[F0004] 카드 한도가 초과되었습니다",
  }),
  play: async ({ canvasElement, globals }) => {
    await expectAnnounced(canvasElement, "[F0004] 카드 한도가 초과되었습니다");
    await expect(
      within(canvasElement).getByRole("link", { name: textsOf(globals).kinds.payment.again }),
    ).toHaveAttribute("href", "/checkout");
  },
};

export const ReturnCancelled: Story = {
  name: "Returned cancelled, with a way back",
  beforeEach: arriveWith({
    merchant_uid: "order-5004",
    imp_success: "false",
    error_msg: "사용자가 결제를 취소하셨습니다",
  }),
  play: async ({ canvasElement, globals }) => {
    const t = textsOf(globals);
    await expectAnnounced(canvasElement, t.kinds.payment.cancelled);
    await expect(within(canvasElement).getByRole("link", { name: t.backToShop })).toBeVisible();
  },
};

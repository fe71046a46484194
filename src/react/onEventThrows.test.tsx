import { fireEvent, screen, waitFor, act } from "@testing-library/react";
import { installFakeIamport, fakeLedger } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { Checkout } from "../../test/Checkout";
import { server } from "../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../test/render";
import type { IamportEvent } from "..";

const throwingOn = (type: IamportEvent["type"]) => (e: IamportEvent) => {
  if (e.type === type) throw new TypeError("analytics is not defined");
};

it("a throwing onEvent (merchant logging) does not leave the buyer stuck on verifying", async () => {
  server.use(...createVerifyHandlers({ url: VERIFY_URL }));
  installFakeIamport();
  renderWithIamport(<Checkout params={() => order()} />, { onEvent: throwingOn("verify-ok") });
  fireEvent.click(screen.getByText("Pay"));
  await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("paid"), { timeout: 1000 });
});

it("a throwing onEvent does not stop the provider from verifying the result in the URL", async () => {
  const verify = createVerifyHandlers({ url: VERIFY_URL });
  server.use(...verify);
  fakeLedger().set("imp_100000000001", {
    imp_uid: "imp_100000000001",
    merchant_uid: "order-1001",
    type: "payment",
    status: "paid",
    amount: 64900,
  });
  history.replaceState(null, "", "/shop/pay/return?imp_uid=imp_100000000001&merchant_uid=order-1001&imp_success=true");
  const errors: unknown[] = [];
  try {
    renderWithIamport(<p>return</p>, { onEvent: throwingOn("callback") });
  } catch (e) {
    errors.push(e);
  }
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(verify.requests).toHaveLength(1);
});

it("a throwing onEvent on verify-start does not crash every later page load (journaled result recovered)", async () => {
  const { journal } = await import("../core/journal");
  server.use(...createVerifyHandlers({ url: VERIFY_URL }));
  journal.start({ type: "payment", merchant_uid: "order-1001", amount: 64900 });
  journal.recordResult({ type: "payment", merchant_uid: "order-1001" }, "imp_100000000001");
  let crashed: unknown = null;
  try {
    renderWithIamport(<p>next page</p>, { onEvent: throwingOn("verify-start") });
  } catch (e) {
    crashed = e;
  }
  expect(crashed).toBeNull();
});

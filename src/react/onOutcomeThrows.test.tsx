import { act, fireEvent, screen } from "@testing-library/react";
import { useIamportRedirect } from "..";
import { fakeLedger, installFakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { server } from "../../test/msw";
import { Checkout } from "../../test/Checkout";
import { order, renderWithIamport, VERIFY_URL } from "../../test/render";

it("a throwing onOutcome is logged, and requestPay still resolves with the paid outcome", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  installFakeIamport();
  server.use(...createVerifyHandlers({ url: VERIFY_URL }));
  const onOutcome = () => {
    throw new Error("analytics is down");
  };
  renderWithIamport(<Checkout params={() => order()} onOutcome={onOutcome} />);
  fireEvent.click(screen.getByText("Pay"));
  await act(() => new Promise((r) => setTimeout(r, 100)));
  expect(screen.getByTestId("outcome")).toHaveTextContent("paid");
  expect(screen.getByTestId("returned")).toHaveTextContent("paid");
  expect(logged).toHaveBeenCalledWith("[iamport-react] `onOutcome` threw", expect.any(Error));
});

function ReturnPage({ onOutcome }: { onOutcome: () => void }) {
  const { outcome } = useIamportRedirect({ onOutcome });
  return <output data-testid="redirect">{outcome?.status ?? ""}</output>;
}

it("a throwing onOutcome on the return page is logged, and the page still shows the verified result", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  logged.mockClear();
  server.use(...createVerifyHandlers({ url: VERIFY_URL, orders: { "order-1003": { amount: 64900 } } }));
  fakeLedger().set("imp_100000000003", {
    imp_uid: "imp_100000000003",
    merchant_uid: "order-1003",
    type: "payment",
    status: "paid",
    amount: 64900,
  });
  history.replaceState(null, "", "/shop/pay/return?imp_uid=imp_100000000003&merchant_uid=order-1003&imp_success=true");
  const onOutcome = () => {
    throw new Error("analytics is down");
  };
  renderWithIamport(<ReturnPage onOutcome={onOutcome} />);
  await act(() => new Promise((r) => setTimeout(r, 100)));
  expect(screen.getByTestId("redirect")).toHaveTextContent("paid");
  expect(logged).toHaveBeenCalledWith("[iamport-react] `onOutcome` threw", expect.any(Error));
});

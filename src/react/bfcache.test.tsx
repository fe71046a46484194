import { act, fireEvent, screen } from "@testing-library/react";
import { runtime } from "../core/runtime";
import { installFakeIamport } from "../testing";
import { Checkout } from "../../test/Checkout";
import { order, renderWithIamport } from "../../test/render";

const leaveAndComeBack = async () => {
  await act(async () => void window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
  await act(async () => void window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
};

it("after the buyer comes back from the PG page via the back-forward cache, the checkout is idle and can pay again", async () => {
  const fake = installFakeIamport({ window: true });
  renderWithIamport(<Checkout params={() => order({ merchant_uid: "order-bf-1" })} />);
  fireEvent.click(screen.getByText("Pay"));
  await leaveAndComeBack();
  expect(screen.getByTestId("status")).toHaveTextContent("idle");
  expect(screen.getByTestId("pending")).toHaveTextContent("false");
  // Nothing is left to recover: the PG page was left without a result.
  expect(runtime.journal.get("order-bf-1")).toBeUndefined();
  fireEvent.click(screen.getByText("Pay"));
  expect(fake.calls.filter((call) => call.method === "request_pay")).toHaveLength(2);
  expect(screen.getByTestId("error")).toHaveTextContent("");
});

import { act, fireEvent, screen } from "@testing-library/react";
import { installFakeIamport } from "../testing";
import { Checkout } from "../../test/Checkout";
import { order, renderWithIamport } from "../../test/render";

const leaveAndComeBack = async () => {
  await act(async () => void window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
  await act(async () => void window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
};

it("is idle and can pay again after Back from the PG page (restored from the back-forward cache)", async () => {
  const fake = installFakeIamport({ window: true });
  renderWithIamport(<Checkout params={() => order({ merchant_uid: "order-bf-1" })} />);
  fireEvent.click(screen.getByText("Pay"));
  await leaveAndComeBack();
  expect(screen.getByTestId("status")).toHaveTextContent("idle");
  expect(screen.getByTestId("pending")).toHaveTextContent("false");
  fireEvent.click(screen.getByText("Pay"));
  expect(fake.calls.filter((call) => call.method === "request_pay")).toHaveLength(2);
  expect(screen.getByTestId("error")).toHaveTextContent("");
});

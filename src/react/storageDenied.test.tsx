import { fireEvent, screen, waitFor } from "@testing-library/react";
import { installFakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { Checkout } from "../../test/Checkout";
import { server } from "../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../test/render";

// Chrome with "Block all cookies" / a sandboxed iframe: reading window.sessionStorage throws SecurityError.
function denyStorage() {
  const original = Object.getOwnPropertyDescriptor(globalThis, "sessionStorage");
  Object.defineProperty(globalThis, "sessionStorage", {
    configurable: true,
    get() {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    },
  });
  return () => Object.defineProperty(globalThis, "sessionStorage", original!);
}

describe("when touching sessionStorage itself throws (SecurityError)", () => {
  it("the provider mounts and a payment still completes, from memory", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const restore = denyStorage();
    try {
      const verify = createVerifyHandlers({ url: VERIFY_URL });
      server.use(...verify);
      installFakeIamport();
      renderWithIamport(<Checkout params={() => order()} />);
      fireEvent.click(screen.getByText("Pay"));
      await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("paid"));
      expect(verify.requests).toHaveLength(1);
    } finally {
      restore();
    }
  });
});

describe("when sessionStorage becomes inaccessible after mount", () => {
  it("requestPay still resolves with an outcome and does not hold the window lock", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport();
    let pay!: () => Promise<unknown>;
    const { usePayment } = await import("..");
    function Page() {
      const p = usePayment();
      pay = () => p.requestPay(order() as never);
      return null;
    }
    renderWithIamport(<Page />);
    const restore = denyStorage();
    try {
      let thrown: unknown = null;
      let outcome: unknown;
      try {
        outcome = await pay();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeNull();
      expect(outcome).toMatchObject({ status: "paid" });
    } finally {
      restore();
    }
  });
});

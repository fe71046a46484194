import { fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeLedger, installFakeIamport } from "../testing";
import type { PaymentResponse } from "../core/types";
import { createVerifyHandlers } from "../testing/msw";
import { Checkout } from "../../test/Checkout";
import { server } from "../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../test/render";

describe("installFakeIamport", () => {
  it("shows a visible window with the PG, order and amount, and answers what the person clicks", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport({ window: true });
    let method = "card";
    renderWithIamport(<Checkout params={() => order({ pay_method: method, merchant_uid: `order-${method}` })} />);
    fireEvent.click(screen.getByText("Pay"));
    const dialog = screen.getByRole("dialog", { name: "Simulated payment window" });
    expect(dialog).toHaveTextContent("html5_inicis");
    expect(dialog).toHaveTextContent("Linen shirt — ₩64,900");
    // What a card window offers; only a virtual-account window issues an account.
    const offered = () =>
      screen
        .getAllByRole("button")
        .filter((b) => b.dataset.outcome)
        .map((b) => b.textContent);
    expect(offered()).toEqual(["승인 · Approve", "거절 · Decline", "취소 · Cancel"]);
    fake.closeAll();
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("cancelled"));
    method = "vbank";
    fireEvent.click(screen.getByText("Reset"));
    fireEvent.click(screen.getByText("Pay"));
    const issue = "가상계좌 발급 · Issue virtual account";
    expect(offered()).toEqual([issue, "거절 · Decline", "취소 · Cancel"]);
    fireEvent.click(screen.getByRole("button", { name: issue }));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("ready"));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it.each([
    ["20261231", 1798729199],
    ["202612311200", 1798686000],
    ["2026-12-31 23:59:59", 1798729199],
  ])("issues a virtual account due at the request's vbank_due %s (Korean time)", async (vbank_due, due) => {
    installFakeIamport({ outcome: "ready" });
    type Fake = { init(code: string): void; request_pay(p: object, done: (r: Record<string, unknown>) => void): void };
    const IMP = (window as unknown as { IMP: Fake }).IMP;
    IMP.init("imp12345678");
    const answer = await new Promise<Record<string, unknown>>((resolve) =>
      IMP.request_pay({ merchant_uid: "vbank-1", amount: 1000, pay_method: "vbank", vbank_due }, resolve),
    );
    expect(answer.vbank_date).toBe(due);
  });

  it("closeAll() ends open windows as cancelled, freeing the page's window", async () => {
    const fake = installFakeIamport({ window: true });
    renderWithIamport(<Checkout params={() => order()} />);
    fireEvent.click(screen.getByText("Pay"));
    fake.closeAll();
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("cancelled"));
    expect(screen.queryByRole("dialog")).toBeNull();
    fake.configure({ window: false, outcome: "failed" });
    fireEvent.click(screen.getByText("Reset"));
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("failed"));
  });

  describe("with a popup PG", () => {
    const activation = (isActive: boolean) =>
      Object.defineProperty(navigator, "userActivation", { configurable: true, value: { isActive } });
    afterEach(() => {
      delete (navigator as { userActivation?: unknown }).userActivation;
      vi.restoreAllMocks();
    });

    it("opens its popup inside request_pay when the page has user activation", async () => {
      activation(true);
      const open = vi.spyOn(window, "open").mockReturnValue({ close: () => undefined } as Window);
      const fake = installFakeIamport({ popup: true });
      fake.imp.init("imp12345678");
      const rsp = await new Promise((resolve) => fake.imp.request_pay({ merchant_uid: "o", amount: 1000 }, resolve));
      expect(open).toHaveBeenCalledTimes(1);
      expect(rsp).toMatchObject({ success: true });
      expect(fake.calls.at(-1)).toMatchObject({ method: "request_pay", activated: true });
    });

    it("is refused its popup without user activation, as a popup blocker does", async () => {
      activation(false);
      const open = vi.spyOn(window, "open");
      const fake = installFakeIamport({ popup: true });
      fake.imp.init("imp12345678");
      const rsp = await new Promise((resolve) => fake.imp.request_pay({ merchant_uid: "o", amount: 1000 }, resolve));
      expect(open).not.toHaveBeenCalled();
      expect(rsp).toMatchObject({
        error_code: "POPUP_BLOCKED",
        error_msg: "팝업차단을 해제해주셔야 결제창이 나타납니다.",
      });
    });
  });

  it("refuses requests before IMP.init, as i'mport does", async () => {
    const fake = installFakeIamport();
    const rsp = await new Promise((resolve) => fake.imp.request_pay({ merchant_uid: "o", amount: 1 }, resolve));
    expect(rsp).toMatchObject({ error_msg: expect.stringContaining("IMP.init()") });
  });

  it("refuses a second payment for a paid merchant_uid before any window, as i'mport does (F1002)", async () => {
    const fake = installFakeIamport();
    fake.imp.init("imp12345678");
    const pay = (merchant_uid: string) =>
      new Promise<PaymentResponse>((resolve) =>
        fake.imp.request_pay({ merchant_uid, amount: 1000, pay_method: "card" }, resolve),
      );
    fake.setOutcome("failed");
    await expect(pay("order-1")).resolves.toMatchObject({ success: false, error_code: "F0004" });
    fake.setOutcome("paid");
    await expect(pay("order-1")).resolves.toMatchObject({ success: true, status: "paid" });
    await expect(pay("order-1")).resolves.toEqual({
      imp_uid: null,
      merchant_uid: "order-1",
      success: false,
      error_code: "F1002",
      error_msg: "이미 결제가 이루어진 거래건입니다",
    });
    await expect(pay("order-2")).resolves.toMatchObject({ success: true });
    expect(fakeLedger().size).toBe(3);
  });

  it("restores what was there on uninstall", () => {
    const first = installFakeIamport();
    const second = installFakeIamport();
    second.uninstall();
    expect((window as { IMP?: unknown }).IMP).toBe(first.imp);
    first.uninstall();
    expect("IMP" in window).toBe(false);
  });
});

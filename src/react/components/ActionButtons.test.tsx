import { fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { runtime } from "../../core/runtime";
import { BillingKeyButton, CertificationButton, IamportRedirectHandler } from "../..";
import { fakeLedger, installFakeIamport } from "../../testing";
import { createVerifyHandlers } from "../../testing/msw";
import { expectAccessible } from "../../../test/axe";
import { server } from "../../../test/msw";
import { renderWithIamport, VERIFY_URL } from "../../../test/render";

describe("CertificationButton", () => {
  it("verifies identity and announces it", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    installFakeIamport();
    const onCertified = vi.fn();
    const { container } = renderWithIamport(
      <CertificationButton params={{ pg: "danal", merchant_uid: "cert-1" }} onCertified={onCertified} />,
    );
    fireEvent.click(await screen.findByRole("button", { name: "본인인증하기" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("본인인증이 완료되었습니다."));
    expect(onCertified).toHaveBeenCalledWith(expect.objectContaining({ merchant_uid: "cert-1" }));
    expect(verify.requests[0]).toMatchObject({ type: "certification" });
    await expectAccessible(container);
  });
});

describe("BillingKeyButton", () => {
  it("saves a card and announces it", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    installFakeIamport();
    const onIssued = vi.fn();
    const { container } = renderWithIamport(
      <BillingKeyButton
        params={{ merchant_uid: "bill-1", customer_uid: "customer-1", amount: 0 }}
        onIssued={onIssued}
      />,
      { locale: "en" },
    );
    fireEvent.click(await screen.findByRole("button", { name: "Save card" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Card saved."));
    expect(onIssued).toHaveBeenCalledWith(expect.objectContaining({ customer_uid: "customer-1" }));
    await expectAccessible(container);
  });
});

describe("IamportRedirectHandler", () => {
  beforeEach(() => {
    fakeLedger().set("imp_300000000001", {
      imp_uid: "imp_300000000001",
      merchant_uid: "order-3001",
      type: "payment",
      status: "paid",
      amount: 1000,
    });
    history.replaceState(
      null,
      "",
      "/shop/pay/return?imp_uid=imp_300000000001&merchant_uid=order-3001&imp_success=true",
    );
  });

  it("shows that it is checking, then the verified result, and reports it", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL, delayMs: 30 }));
    const onOutcome = vi.fn();
    const { container } = renderWithIamport(<IamportRedirectHandler onOutcome={onOutcome} />);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제 결과를 확인하는 중…"));
    await expectAccessible(container);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(onOutcome).toHaveBeenCalledWith(expect.objectContaining({ status: "paid", merchant_uid: "order-3001" }));
    await expectAccessible(container);
  });

  it("renders custom UI through a children function", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    renderWithIamport(
      <IamportRedirectHandler>
        {({ status, outcome }) => <p>{`${status}:${outcome?.status ?? "-"}`}</p>}
      </IamportRedirectHandler>,
    );
    await waitFor(() => expect(screen.getByText("success:paid")).toBeInTheDocument());
  });

  it("lets the buyer check again after the verify endpoint was unreachable", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
    renderWithIamport(<IamportRedirectHandler />);
    const retry = await screen.findByRole("button", { name: "다시 확인하기" });
    const back = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...back);
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(back.requests).toEqual([{ type: "payment", imp_uid: "imp_300000000001", merchant_uid: "order-3001" }]);
  });

  it("after a reload, checks the result it kept again when its confirmation had failed", async () => {
    let posts = 0;
    // A final answer the kit cannot read (a proxy's 409): the result is shown as not yet confirmed.
    server.use(http.post(VERIFY_URL, () => (posts++, HttpResponse.json({ message: "warming up" }, { status: 409 }))));
    const first = renderWithIamport(<IamportRedirectHandler />);
    await screen.findByRole("button", { name: "다시 확인하기" });
    await waitFor(() => expect(location.search).toBe(""));
    first.unmount();
    runtime.reset(); // The tab reloads: the same history entry, a clean URL, a fresh page runtime.
    renderWithIamport(<IamportRedirectHandler />);
    const retry = await screen.findByRole("button", { name: "다시 확인하기" });
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(posts).toBe(1);
  });
});

describe("IamportRedirectHandler on a page's own ?merchant_uid=", () => {
  it("says there is no result, with the way back, and leaves the URL alone", async () => {
    history.replaceState(null, "", "/shop/pay/return?merchant_uid=order-55");
    installFakeIamport();
    renderWithIamport(<IamportRedirectHandler homeHref="/shop" />);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("확인할 결과가 없습니다."));
    expect(screen.getByRole("link", { name: "쇼핑 계속하기" })).toHaveAttribute("href", "/shop");
    expect(location.search).toBe("?merchant_uid=order-55");
  });
});

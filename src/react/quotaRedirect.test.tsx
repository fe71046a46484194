import { act } from "@testing-library/react";
import { createVerifyHandlers } from "../testing/msw";
import { server } from "../../test/msw";
import { renderWithIamport, VERIFY_URL } from "../../test/render";

it("with sessionStorage full, a redirect result whose verify endpoint is down survives a reload", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  });
  try {
    server.use(...createVerifyHandlers({ url: VERIFY_URL, unreachable: true }));
    history.replaceState(
      null,
      "",
      "/shop/pay/return?imp_uid=imp_100000000001&merchant_uid=order-1001&imp_success=true",
    );
    renderWithIamport(<p>return</p>);
    await act(() => new Promise((r) => setTimeout(r, 300)));
    // What a reload would find: the URL and sessionStorage. One of them must still hold imp_100000000001.
    const inUrl = location.search.includes("imp_100000000001");
    const inStorage = (sessionStorage.getItem("iamport-react:journal") ?? "").includes("imp_100000000001");
    expect(inUrl || inStorage).toBe(true);
  } finally {
    setItem.mockRestore();
  }
});

it("with sessionStorage full, the return URL is cleaned once the verify endpoint answered", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  });
  try {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    history.replaceState(
      null,
      "",
      "/shop/pay/return?imp_uid=imp_100000000002&merchant_uid=order-1002&imp_success=true",
    );
    renderWithIamport(<p>return</p>);
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(verify.requests).toHaveLength(1);
    expect(location.search).toBe("");
  } finally {
    setItem.mockRestore();
  }
});

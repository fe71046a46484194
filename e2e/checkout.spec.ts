import { devices, expect, test } from "@playwright/test";
import { approve, control, expectPaid, fakeCalls, fillCheckout, payButton, result, shot } from "./shop";

test.describe("PC: the window calls back", () => {
  test("a buyer pays by card and the server fulfils the order once", async ({ page }, testInfo) => {
    await fillCheckout(page);
    await shot(page, testInfo, "1-checkout");
    await payButton(page).click();
    await expect(page.getByRole("dialog", { name: "Simulated payment window" })).toContainText("₩64,900");
    await expect(payButton(page)).toHaveAttribute("aria-busy", "true");
    await shot(page, testInfo, "2-window-open");
    await approve(page);
    await expectPaid(page);
    await shot(page, testInfo, "3-paid");
    const [request] = await fakeCalls(page, "request_pay");
    expect(request).toMatchObject({
      amount: 64900,
      pg: "html5_inicis",
      pay_method: "card",
      buyer_name: "홍길동",
      buyer_tel: "010-1234-5678",
      m_redirect_url: new URL("/pay/return", page.url()).href,
    });
    const state = await control(page);
    const order = state.orders.find((o) => o.merchant_uid === (request as { merchant_uid: string }).merchant_uid);
    expect(order).toMatchObject({ amount: 64900, status: "paid" });
    expect(state.fulfilled.filter((f) => f.merchant_uid === order?.merchant_uid)).toHaveLength(1);
  });

  test("a double click opens one window", async ({ page }) => {
    await fillCheckout(page);
    await payButton(page).dblclick();
    await expect(page.getByRole("dialog")).toHaveCount(1);
    expect(await fakeCalls(page, "request_pay")).toHaveLength(1);
  });

  test("a verify endpoint that is down for a moment loses nothing", async ({ page }, testInfo) => {
    await fillCheckout(page);
    const before = (await control(page, { verifyDown: true })).verifyPosts;
    await payButton(page).click();
    await approve(page);
    await expect.poll(async () => (await control(page)).verifyPosts - before).toBeGreaterThanOrEqual(1);
    await expect(result(page)).toContainText("결제를 확인하는 중…");
    await shot(page, testInfo, "verify-down");
    await control(page, { verifyDown: false });
    await expectPaid(page);
    expect((await control(page)).verifyPosts - before).toBeGreaterThanOrEqual(2);
  });

  test("the SDK script is requested once per page, across in-app navigation", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => request.url().includes("fake-iamport.js") && scripts.push(request.url()));
    await fillCheckout(page);
    await page.getByRole("link", { name: "본인인증" }).click();
    await page.getByRole("link", { name: "정기구독" }).click();
    await expect(page.getByRole("button", { name: "카드 등록하기" })).toBeEnabled();
    expect(scripts).toHaveLength(1);
  });
});

// Popup PGs (Payco, Naver Pay on PC…) call window.open inside request_pay. Chromium's blocker is on (see
// playwright.config.ts), and the fake PG also applies the blocker's rule itself (transient user activation),
// because this automated Chromium lets window.open through even without it. A gesture-free control cannot
// be staged here: Playwright's own page-side calls count as gestures. The rule is unit-tested in
// src/testing/fakeIamport.test.tsx.
test.describe("popup-based PGs", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(
      () => ((window as unknown as { __IAMPORT_FAKE_CONFIG__: string }).__IAMPORT_FAKE_CONFIG__ = "popup=1"),
    );
  });

  test("the kit calls request_pay inside the click, so the PG popup opens", async ({ page }) => {
    await fillCheckout(page);
    const popup = page.waitForEvent("popup");
    await payButton(page).click();
    await popup;
    expect(
      await page.evaluate(
        () =>
          (
            window as unknown as { __IAMPORT_FAKE__: { calls: { method: string; activated?: boolean }[] } }
          ).__IAMPORT_FAKE__.calls.find((c) => c.method === "request_pay")?.activated,
      ),
    ).toBe(true);
    await approve(page);
    await expectPaid(page);
  });
});

test.describe("mobile: the PG replaces the page and returns on m_redirect_url", () => {
  const { defaultBrowserType: _browser, ...pixel } = devices["Pixel 7"];
  test.use(pixel);

  test("the return page verifies the result once and shows it, also after a reload", async ({ page }, testInfo) => {
    await fillCheckout(page);
    await payButton(page).click();
    // The simulated PG window fits the phone with gutters on both sides.
    const panel = await page.getByRole("dialog").locator("div").first().boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(panel?.width).toBeLessThanOrEqual(Math.min(360, width - 32));
    expect(panel?.x).toBeGreaterThanOrEqual(16);
    await approve(page);
    await page.waitForURL(/\/pay\/return/);
    await expectPaid(page);
    await shot(page, testInfo, "mobile-return-paid");
    expect(new URL(page.url()).search).toBe("");
    const state = await control(page);
    expect(state.orders.at(-1)).toMatchObject({ status: "paid" });
    expect(state.fulfilled.filter((f) => f.merchant_uid === state.orders.at(-1)?.merchant_uid)).toHaveLength(1);
    // A reload of the (now clean) return page still shows the result, and posts nothing.
    const posts: string[] = [];
    page.on("request", (request) => request.url().endsWith("/api/iamport/verify") && posts.push(request.url()));
    await page.reload();
    await expectPaid(page);
    await expect(result(page)).toContainText(state.orders.at(-1)?.merchant_uid ?? "?");
    expect(posts).toHaveLength(0);
  });

  test("a cancelled return offers the way back to the checkout", async ({ page }) => {
    await fillCheckout(page);
    await payButton(page).click();
    await page.getByRole("button", { name: "취소 · Cancel" }).click();
    await page.waitForURL(/\/pay\/return/);
    await expect(result(page)).toContainText("결제를 취소했습니다.", { timeout: 15_000 });
    await page.getByRole("link", { name: "다시 결제하기" }).click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(payButton(page)).toBeVisible();
  });

  test("a reload during verification recovers the result and posts it once", async ({ page }, testInfo) => {
    await fillCheckout(page);
    await control(page, { verifyDelayMs: 2000 });
    await payButton(page).click();
    await approve(page);
    await page.waitForURL(/\/pay\/return/);
    await expect(result(page)).toContainText("결제 결과를 확인하는 중…");
    await shot(page, testInfo, "mobile-return-verifying");
    await control(page, { verifyDelayMs: 0 });
    const posts: string[] = [];
    page.on(
      "request",
      (request) => request.url().endsWith("/api/iamport/verify") && posts.push(request.postData() ?? ""),
    );
    await page.reload();
    await expectPaid(page);
    expect(posts).toHaveLength(1);
    const state = await control(page);
    expect(state.fulfilled.filter((f) => f.merchant_uid === state.orders.at(-1)?.merchant_uid)).toHaveLength(1);
  });
});

test.describe("identity verification and subscriptions", () => {
  test("a buyer verifies their identity", async ({ page }, testInfo) => {
    await page.goto("/verify");
    await page.getByRole("button", { name: "본인인증하기" }).click();
    await page.getByRole("button", { name: "인증 완료 · Verify" }).click();
    await expect(page.getByRole("status")).toHaveText("본인인증이 완료되었습니다.", { timeout: 10_000 });
    await shot(page, testInfo, "certified");
    expect((await control(page)).fulfilled.at(-1)).toMatchObject({ type: "certification", status: "certified" });
  });

  test("a buyer saves a card for a subscription", async ({ page }) => {
    await page.goto("/subscribe");
    await page.getByRole("button", { name: "카드 등록하기" }).click();
    await approve(page);
    await expect(page.getByRole("status")).toHaveText("카드가 등록되었습니다.", { timeout: 10_000 });
    expect((await control(page)).fulfilled.at(-1)).toMatchObject({ type: "billing_key", status: "issued" });
  });
});

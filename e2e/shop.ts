import { expect, type Page, type TestInfo } from "@playwright/test";

export interface ServerState {
  verifyPosts: number;
  fulfilled: { type: string; status: string; merchant_uid: string }[];
  orders: { merchant_uid: string; amount: number; status: string }[];
}

export const control = async (
  page: Page,
  change?: Partial<{ verifyDown: boolean; verifyDelayMs: number }>,
): Promise<ServerState> =>
  (
    await (change ? page.request.post("/__control", { data: change }) : page.request.get("/__control"))
  ).json() as Promise<ServerState>;

/** From the cart to a filled-in checkout form. */
export async function fillCheckout(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "주문하기" }).click();
  await page.getByLabel("이름 *").fill("홍길동");
  await page.getByLabel("휴대폰 번호 *").fill("010-1234-5678");
  // The checkbox is drawn by the kit (the native one is visually hidden): the buyer taps its label.
  await page.getByText("주문 내용을 확인했으며 결제에 동의합니다.").click();
  await expect(page.getByRole("checkbox", { name: "주문 내용을 확인했으며 결제에 동의합니다." })).toBeChecked();
}

export const payButton = (page: Page) => page.getByRole("button", { name: "64,900원 결제하기" });
export const approve = (page: Page) => page.getByRole("button", { name: "승인 · Approve" }).click();
export const result = (page: Page) => page.locator(".iamport-result");

/** Saves what the buyer sees as a test artifact. */
export async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

export const fakeCalls = (page: Page, method: string) =>
  page.evaluate(
    (m) =>
      (
        window as unknown as { __IAMPORT_FAKE__: { calls: { method: string; args: unknown[] }[] } }
      ).__IAMPORT_FAKE__.calls
        .filter((c) => c.method === m)
        .map((c) => c.args[0]),
    method,
  );

export async function expectPaid(page: Page) {
  await expect(result(page)).toHaveAttribute("data-status", "paid", { timeout: 15_000 });
  await expect(result(page)).toContainText("결제가 완료되었습니다.");
}

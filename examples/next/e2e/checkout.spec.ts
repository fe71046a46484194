// The example as a merchant ships it: built with no secrets, served by `next start`, paid in Chromium
// against the fake SDK and the fake i'mport REST API (IAMPORT_FAKE=1).
import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { app, build, start, type Running } from "./server";

let server: Running;

interface Order {
  merchant_uid: string;
  amount: number;
  status: string;
  fulfilments: number;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  build();
  server = await start();
});
test.afterAll(async () => server?.stop());

/** Every console error or warning (React's hydration warnings included) and every uncaught error. */
let problems: string[] = [];
test.beforeEach(async ({ page }) => {
  problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on(
    "response",
    (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
  );
});
test.afterEach(() => expect(problems).toEqual([]));

const orders = async (): Promise<Order[]> => (await fetch(`${server.url}/api/orders`)).json();
const orderOf = async (merchantUid: string) => (await orders()).find((o) => o.merchant_uid === merchantUid);
const fakeControl = (body: { latencyMs?: number; down?: boolean }) =>
  fetch(`${server.url}/api/fake-iamport/__control`, { method: "POST", body: JSON.stringify(body) });

async function openCheckout(page: Page): Promise<string> {
  await page.goto(`${server.url}/checkout`);
  const order = page.getByTestId("order");
  await expect(order).toContainText("₩64,900");
  return /\((order-[^)]+)\)/.exec((await order.textContent()) ?? "")?.[1] as string;
}

const windowOf = (page: Page) => page.getByRole("dialog", { name: "Simulated payment window" });
/** The `PaymentResult` (or `IamportRedirectHandler`) live region. */
const result = (page: Page) => page.locator("div.iamport-result");

/** i'mport's own record of an order's payment, through the fake REST API route. */
async function iamportPayment(merchantUid: string) {
  const token = await fetch(`${server.url}/api/fake-iamport/users/getToken`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ imp_key: "fake_api_key", imp_secret: "fake_api_secret" }),
  }).then((r) => r.json());
  const found = await fetch(`${server.url}/api/fake-iamport/payments/find/${merchantUid}`, {
    headers: { authorization: `Bearer ${token.response.access_token}` },
  }).then((r) => r.json());
  return found.response as { imp_uid: string; status: string; amount: number; paid_at: number; fail_reason: string };
}

test("PC: a buyer pays by card and the order is fulfilled once", async ({ page }) => {
  const merchantUid = await openCheckout(page);
  await page.getByRole("button", { name: "Pay by card" }).click();
  await expect(windowOf(page)).toContainText("₩64,900");
  await windowOf(page).getByRole("button", { name: "승인 · Approve" }).click();
  await expect(result(page)).toContainText("결제가 완료되었습니다.");
  expect(await orderOf(merchantUid)).toMatchObject({ amount: 64900, status: "paid", fulfilments: 1 });
});

test("mobile: the PG leaves the page and the return page verifies the result", async ({ browser }) => {
  const context = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(m.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  const merchantUid = await openCheckout(page);
  await page.getByRole("button", { name: "Pay by card" }).click();
  await windowOf(page).getByRole("button", { name: "승인 · Approve" }).click();
  await page.waitForURL(/\/checkout\/return\?.*imp_uid=/);
  await expect(page.getByRole("heading", { name: "Payment result" })).toBeVisible();
  await expect(result(page)).toContainText("결제가 완료되었습니다.");
  expect(await orderOf(merchantUid)).toMatchObject({ status: "paid", fulfilments: 1 });
  await context.close();
});

test("virtual account: the custom usePayment button shows the account; a forged webhook pays nothing", async ({
  page,
}) => {
  const merchantUid = await openCheckout(page);
  await page.getByRole("button", { name: "Pay by bank transfer" }).click();
  await windowOf(page).getByRole("button", { name: "가상계좌 발급 · Issue virtual account" }).click();
  await expect(result(page)).toContainText("가상계좌가 발급되었습니다.");
  await expect(result(page)).toContainText("T1234-5678-9012");
  expect(await orderOf(merchantUid)).toMatchObject({ status: "ready", fulfilments: 0 });
  // Anyone can POST to a webhook URL: the handler asks i'mport, which still says "ready".
  const { imp_uid } = await iamportPayment(merchantUid);
  const webhook = await fetch(`${server.url}/api/iamport/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ imp_uid, merchant_uid: merchantUid, status: "paid" }),
  });
  expect(webhook.status).toBeLessThan(500);
  expect(await orderOf(merchantUid)).toMatchObject({ status: "ready", fulfilments: 0 });
});

test("forged amount: a buyer who pays ₩100 for a ₩64,900 order is blocked by the confirm route before money moves", async ({
  page,
}) => {
  // The buyer tampers with what the page believes the order costs.
  await page.route("**/api/orders", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), amount: 100 } });
  });
  await page.goto(`${server.url}/checkout`);
  await expect(page.getByTestId("order")).toContainText("₩100");
  const merchantUid = /\((order-[^)]+)\)/.exec((await page.getByTestId("order").textContent()) ?? "")?.[1] as string;
  await page.getByRole("button", { name: "Pay by card" }).click();
  await windowOf(page).getByRole("button", { name: "승인 · Approve" }).click();
  await expect(result(page)).toContainText("결제에 실패했습니다.");
  expect(await orderOf(merchantUid)).toMatchObject({ amount: 64900, status: "created", fulfilments: 0 });
  const payment = await iamportPayment(merchantUid);
  expect(payment).toMatchObject({ amount: 100, status: "failed", paid_at: 0 });
  // The reason reaches the buyer's window: it names the refused amount, never the order's own.
  expect(payment.fail_reason).toContain("another amount than 100 KRW");
  expect(payment.fail_reason).not.toContain("64900");
});

test("decline: the card is declined and the order stays unpaid", async ({ page }) => {
  const merchantUid = await openCheckout(page);
  await page.getByRole("button", { name: "Pay by card" }).click();
  await windowOf(page).getByRole("button", { name: "거절 · Decline" }).click();
  await expect(result(page)).toContainText("결제에 실패했습니다.");
  await expect(result(page)).toContainText("한도");
  expect(await orderOf(merchantUid)).toMatchObject({ status: "created", fulfilments: 0 });
});

test("reload mid-verify: the result is finished after the reload and fulfilled once", async ({ page }) => {
  const merchantUid = await openCheckout(page);
  await fakeControl({ latencyMs: 1500 });
  try {
    await page.getByRole("button", { name: "Pay by card" }).click();
    const verifying = page.waitForRequest("**/api/iamport/verify");
    await windowOf(page).getByRole("button", { name: "승인 · Approve" }).click();
    await verifying;
    await page.reload();
    await expect(result(page)).toContainText("결제가 완료되었습니다.", { timeout: 15_000 });
  } finally {
    await fakeControl({ latencyMs: 0 });
  }
  await expect.poll(async () => (await orderOf(merchantUid))?.fulfilments).toBe(1);
  expect(await orderOf(merchantUid)).toMatchObject({ status: "paid" });
});

test("confirm route: approves the order's own amount and blocks any other, before money moves", async () => {
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const confirmFor = async (amount: number) => {
    const order: Order = await (await post("/api/orders", { items: ["shirt", "socks"] })).json();
    const imp_uid = `imp_${Date.now()}${amount}`;
    // What i'mport holds while it asks: the fake SDK's record, through the glue route.
    const registered = { imp_uid, merchant_uid: order.merchant_uid, type: "payment", status: "ready", amount };
    expect((await post("/api/iamport/fake", registered)).status).toBe(200);
    return post("/api/iamport/confirm", { imp_uid, merchant_uid: order.merchant_uid, amount });
  };
  const approved = await confirmFor(64900);
  expect(approved.status).toBe(200);
  const blocked = await confirmFor(100);
  expect(blocked.status).toBe(409);
  expect((await blocked.json()).reason).toBe("The order expects another amount than 100 KRW.");
});

test("orders survive a restart of the server (SQLite)", async () => {
  const before = (await orders()).filter((o) => o.status === "paid");
  expect(before.length).toBeGreaterThanOrEqual(3);
  await server.stop();
  server = await start();
  expect((await orders()).filter((o) => o.status === "paid")).toEqual(before);
});

test("the client chunks hold no secret, no token path and no server-entry code", () => {
  const files: string[] = [];
  const walk = (dir: string) =>
    readdirSync(dir).forEach((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : files.push(join(dir, name)),
    );
  walk(join(app, ".next/static"));
  expect(files.some((file) => file.endsWith(".js"))).toBe(true);
  const needles = [
    "fake_api_secret",
    "imp_secret",
    "IAMPORT_API_SECRET",
    "users/getToken",
    "api.iamport.kr",
    "createVerifyHandler",
    "createWebhookHandler",
    "createIamportClient",
    "better-sqlite3",
    "CREATE TABLE",
  ];
  const hits = files.flatMap((file) => {
    const code = readFileSync(file, "utf8");
    return needles.filter((needle) => code.includes(needle)).map((needle) => `${needle} in ${file}`);
  });
  expect(hits).toEqual([]);
});

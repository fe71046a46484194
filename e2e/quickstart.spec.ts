import { expect, test } from "@playwright/test";
import { startQuickstart } from "./quickstart/server";

// The README quick start on a mobile PG: the page leaves for the PG and comes back with the result in its
// query. Nothing but the provider is on the page; it must finish the payment.
let site: Awaited<ReturnType<typeof startQuickstart>>;
test.beforeAll(async () => (site = await startQuickstart()));
test.afterAll(() => site.close());
test.beforeEach(() => {
  site.state.down = false;
  site.state.posts = [];
  site.state.pages = [];
});

// The PG's return: a page load with i'mport's result in the query. (Not `page.waitForURL`: the provider may
// clean the URL before the load event, and then the URL never matches.)
const returned = () => expect.poll(() => site.state.pages.some((url) => /[?&]imp_uid=/.test(url))).toBe(true);

const paid = (posts: { status: number }[]) => posts.filter((p) => p.status === 200);

test("the provider alone verifies the returned payment once, cleans the URL, and a reload posts nothing", async ({
  page,
}) => {
  await page.goto(`${site.url}/checkout`);
  await page.getByRole("button", { name: "Pay 64,900원" }).click();
  await returned();
  await expect.poll(() => site.state.posts.length).toBe(1);
  await expect.poll(() => page.url()).toBe(`${site.url}/checkout`);
  expect(JSON.parse(site.state.posts[0].body)).toMatchObject({ type: "payment", imp_uid: expect.any(String) });
  expect(await page.evaluate(() => sessionStorage.getItem("iamport-react:journal"))).toBeNull();

  await page.reload();
  await expect(page.getByRole("button", { name: "Pay 64,900원" })).toBeVisible();
  await page.waitForTimeout(500);
  expect(site.state.posts).toHaveLength(1);
});

test("with the verify endpoint down on the return, the reload after it is back posts the one success", async ({
  page,
}) => {
  site.state.down = true;
  await page.goto(`${site.url}/checkout`);
  await page.getByRole("button", { name: "Pay 64,900원" }).click();
  await returned();
  await expect.poll(() => site.state.posts.length).toBeGreaterThan(0);
  await expect.poll(() => new URL(page.url()).search).toBe("");
  const impUid = JSON.parse(site.state.posts[0].body).imp_uid as string;

  // Back up only once the reload has replaced the page: a retry of the old page landing while the reload
  // starts would be a second (harmless, idempotent) success and make the count depend on timing.
  await page.reload({ waitUntil: "commit" });
  site.state.down = false;
  await expect.poll(() => paid(site.state.posts).length).toBe(1);
  expect(JSON.parse(paid(site.state.posts)[0].body)).toMatchObject({ type: "payment", imp_uid: impUid });
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem("iamport-react:journal"))).toBeNull();

  await page.reload();
  await page.waitForTimeout(500);
  expect(paid(site.state.posts)).toHaveLength(1);
});

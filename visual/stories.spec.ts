import { readFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";

// One page per worker for the whole run: the catalogue's bundle and its service worker load once per worker,
// not once per screenshot.
const test = base.extend<object, { shared: Page }>({
  shared: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ deviceScaleFactor: 1, locale: "ko-KR", timezoneId: "Asia/Seoul" });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
});

interface Entry {
  id: string;
  title: string;
  name: string;
  type: "story" | "docs";
}

const index = new URL("../storybook-static/index.json", import.meta.url);
const stories = Object.values(
  (JSON.parse(readFileSync(index, "utf8")) as { entries: Record<string, Entry> }).entries,
).filter((entry) => entry.type === "story");

const DESKTOP = { width: 800, height: 600 };
const PHONE = { width: 390, height: 844 };

type Preview = { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } };

/** Opens a story and waits until its play function (the flow to its end state) is over and fonts are in. */
async function openStory(page: Page, id: string, globals: string) {
  await page.goto(`/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
  const phase = await page
    .waitForFunction(
      () => {
        const current = (window as Preview).__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return current && ["finished", "errored", "aborted"].includes(current) ? current : false;
      },
      undefined,
      { timeout: 20_000 },
    )
    .then((handle) => handle.jsonValue());
  expect(phase, `the story's play function must pass with globals ${globals}`).toBe("finished");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

// Per story: light (its play run to the end state), the same on a 390 px phone, then dark and English, each
// with its own play run (a toolbar switch would remount the story and lose the end state).
for (const story of stories) {
  test(`${story.title} › ${story.name}`, async ({ shared: page }) => {
    // The whole page, not the viewport: where the browser left the scroll after the play function (focus moves,
    // a message appearing below the fold) varies from run to run; the page itself does not.
    const shot = (variant: string) =>
      expect.soft(page).toHaveScreenshot(`${story.id}--${variant}.png`, { fullPage: true });
    await page.setViewportSize(DESKTOP);
    await openStory(page, story.id, "theme:light;locale:ko");
    await shot("light");
    await page.setViewportSize(PHONE);
    await shot("mobile");
    await page.setViewportSize(DESKTOP);
    await openStory(page, story.id, "theme:dark;locale:ko");
    await shot("dark");
    await openStory(page, story.id, "theme:light;locale:en");
    await shot("en");
  });
}

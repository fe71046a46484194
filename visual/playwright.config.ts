import { cpus } from "node:os";
import { defineConfig } from "@playwright/test";
import { chromium } from "../test/chromium";

// Every story of the static catalogue in light, dark, English and a 390 px phone, against committed baselines.
// One Chromium (Debian's), several workers: each test is one page of the same static server.
const PORT = Number(process.env.VISUAL_PORT ?? 6116);

export default defineConfig({
  testDir: ".",
  testMatch: "stories.spec.ts",
  outputDir: "../test-results/visual",
  snapshotPathTemplate: "{testDir}/__screenshots__/{arg}{ext}",
  timeout: 90_000,
  fullyParallel: true,
  workers: Math.max(2, Math.min(8, cpus().length)),
  reporter: [["list"]],
  expect: {
    toHaveScreenshot: {
      animations: "disabled",
      caret: "hide",
      scale: "css",
      // Anti-aliasing noise only; a changed colour, size or spacing fails.
      threshold: 0.1,
      maxDiffPixels: 20,
    },
  },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    deviceScaleFactor: 1,
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    // Font hinting and LCD anti-aliasing off: the same pixels on every machine with the same fonts.
    launchOptions: { ...chromium, args: [...chromium.args, "--font-render-hinting=none", "--disable-lcd-text"] },
  },
  webServer: {
    command: "node visual/serve.mjs",
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/health`,
    env: { VISUAL_PORT: String(PORT) },
    reuseExistingServer: false,
  },
});

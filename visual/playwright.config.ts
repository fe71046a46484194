import { cpus } from "node:os";
import { defineConfig } from "@playwright/test";

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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--font-render-hinting=none",
        "--disable-lcd-text",
      ],
    },
  },
  webServer: {
    command: "node visual/serve.mjs",
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/health`,
    env: { VISUAL_PORT: String(PORT) },
    reuseExistingServer: false,
  },
});

import { defineConfig } from "@playwright/test";
import { buyerChromium } from "./test/chromium";

// E2E_PORT lets several checkouts run the suite at once on one machine.
const PORT = Number(process.env.E2E_PORT ?? 5181);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  timeout: 30_000,
  // One demo server with one order table: the tests share it, so they run one at a time.
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: buyerChromium,
  },
  webServer: {
    command: "node examples/shop/server.mjs",
    url: `http://127.0.0.1:${PORT}/health`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
  },
});

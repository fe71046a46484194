import { defineConfig } from "@playwright/test";
import { buyerChromium } from "../../test/chromium";

// The spec builds the app (`next build`, no secrets in the environment) and starts `next start` itself on a
// free port of 127.0.0.1, because one test restarts the server.
export default defineConfig({
  testDir: "e2e",
  outputDir: "../../test-results/next",
  timeout: 30_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: buyerChromium,
  },
});

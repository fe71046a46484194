import { defineConfig } from "@playwright/test";

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
      ],
      ignoreDefaultArgs: ["--disable-popup-blocking"],
    },
  },
});

import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromium } from "./test/chromium";

export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          // Real <script> loading: jsdom fetches and runs scripts served by test/scriptServer.ts.
          environmentOptions: {
            jsdom: { resources: "usable", runScripts: "dangerously", url: "http://127.0.0.1/shop/checkout" },
          },
          include: ["src/**/*.test.{ts,tsx}"],
          exclude: ["src/**/*.server.test.{ts,tsx}", "src/server/**"],
          setupFiles: ["test/setup.ts"],
          globalSetup: ["test/scriptServer.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["src/**/*.server.test.{ts,tsx}", "src/server/**/*.test.ts", "test/**/*.test.{ts,tsx}"],
          exclude: ["test/redis/**"],
        },
      },
      {
        // A real redis-server and real handler processes (`npm run test:redis`; needs `npm run build`).
        extends: true,
        test: {
          name: "redis",
          environment: "node",
          include: ["test/redis/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 30_000,
          fileParallelism: false,
        },
      },
      {
        // Every story's play function, in real Chromium, with the a11y addon's axe checks.
        plugins: [storybookTest({ configDir: ".storybook" })],
        test: {
          name: "storybook",
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromium }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

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
          environmentOptions: { jsdom: { resources: "usable", runScripts: "dangerously", url: "http://127.0.0.1/shop/checkout" } },
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
          include: ["src/**/*.server.test.{ts,tsx}", "src/server/**/*.test.ts", "test/**/*.test.ts"],
        },
      },
    ],
  },
});

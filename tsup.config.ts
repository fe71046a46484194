import { defineConfig } from "tsup";

const external = ["react", "react-dom", "react/jsx-runtime", "@tanstack/react-query", "msw"];
// tsup injects `baseUrl` into the declaration build, which TypeScript 6 deprecates.
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

export default defineConfig([
  {
    // The client entries: esbuild drops module-level directives when bundling, so the banner restores it.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts,
    external,
    sourcemap: true,
    banner: { js: '"use client";' },
  },
  {
    // The testing entries run in tests, Storybook, demos and server code (Next route handlers): no banner.
    entry: { testing: "src/testing.ts", "testing/msw": "src/testing/msw.ts" },
    format: ["esm", "cjs"],
    dts,
    external,
    sourcemap: true,
  },
  {
    entry: { server: "src/server.ts", "server/redis": "src/server/redis.ts" },
    format: ["esm", "cjs"],
    dts,
    platform: "neutral",
    sourcemap: true,
  },
  {
    entry: { "fake-iamport": "src/testing/fakeIamportScript.ts" },
    format: ["iife"],
    outExtension: () => ({ js: ".js" }),
    minify: true,
    define: { "process.env.NODE_ENV": '"production"' },
  },
]);

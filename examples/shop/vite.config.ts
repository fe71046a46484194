import { defineConfig } from "vite";

// The shop uses the built package, exactly as a merchant's app would after `npm install iamport-react`.
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).pathname;

export default defineConfig({
  root: new URL(".", import.meta.url).pathname,
  resolve: {
    alias: [
      { find: /^iamport-react$/, replacement: dist("index.js") },
      { find: /^iamport-react\/styles\.css$/, replacement: dist("styles.css") },
    ],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Every "use client" file (ours, react-query's) logs this; the directive means nothing in an SPA.
      onLog(level, log, handler) {
        if (log.code !== "MODULE_LEVEL_DIRECTIVE") handler(level, log);
      },
    },
  },
  logLevel: "warn",
});

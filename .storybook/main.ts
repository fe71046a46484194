import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig } from "vite";

const src = (file: string) => new URL(`../src/${file}`, import.meta.url).pathname;

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.tsx"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest", "msw-storybook-addon"],
  framework: { name: "@storybook/react-vite", options: {} },
  // mockServiceWorker.js and the fake i'mport script (scripts/build-fake.mjs) are served from here.
  staticDirs: ["./public"],
  core: { disableTelemetry: true },
  // A catalogue for designers: no onboarding checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false },
  typescript: {
    // Literal unions ("ko" | "en") instead of "union"; only the kit's own props, not every <button> attribute.
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      // Stories import only the public entries, as a merchant would; they resolve to the sources here.
      resolve: {
        alias: [
          { find: /^iamport-react$/, replacement: src("index.ts") },
          { find: /^iamport-react\/testing$/, replacement: src("testing.ts") },
          { find: /^iamport-react\/testing\/msw$/, replacement: src("testing/msw.ts") },
          { find: /^iamport-react\/styles\.css$/, replacement: src("styles.css") },
        ],
      },
      build: {
        chunkSizeWarningLimit: 4000,
        rolldownOptions: {
          onLog(level: string, log: { code?: string }, handler: (level: string, log: unknown) => void) {
            // Every "use client" file (ours, react-query's) logs this; the directive is meaningless here.
            if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
            handler(level, log);
          },
        },
      },
    }),
};

export default config;

// Lint: typescript-eslint's recommended rules and the Rules of Hooks, both as errors.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "storybook-static/",
      "test-results/",
      "playwright-report/",
      "coverage/",
      ".storybook/public/",
      "examples/*/dist/",
      "examples/*/.next/",
      "examples/next/public/fake-iamport.js",
      "examples/next/next-env.d.ts",
      "src/server/generated/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);

// Builds the fake i'mport script (the same source as `iamport-react/testing/fake-iamport.js`) into the
// catalogue's static folder, so stories load it through the kit's real <script> loading path.
import { build } from "esbuild";

await build({
  entryPoints: ["src/testing/fakeIamportScript.ts"],
  bundle: true,
  format: "iife",
  minify: true,
  outfile: ".storybook/public/fake-iamport.js",
  define: { "process.env.NODE_ENV": '"development"' },
  logLevel: "warning",
});

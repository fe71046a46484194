// `npm run test:visual`: builds the static catalogue when it is missing or older than its sources, then
// compares every story with the committed baselines. `npm run test:visual -- --update` rewrites them.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const built = join(root, "storybook-static/index.json");

function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, name.name);
    latest = Math.max(latest, name.isDirectory() ? newest(path) : statSync(join(root, path)).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest("src"), newest("stories"), newest(".storybook"));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log("== building the static catalogue (npm run build-storybook)");
  const build = spawnSync("npm", ["run", "build-storybook"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const args = process.argv.slice(2).map((arg) => (arg === "--update" ? "--update-snapshots=all" : arg));
const run = spawnSync("npx", ["playwright", "test", "-c", "visual/playwright.config.ts", ...args], {
  cwd: root,
  stdio: "inherit",
});
process.exit(run.status ?? 1);

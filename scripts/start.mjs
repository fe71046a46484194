// `npm start`: the Storybook catalogue. Until it is added, say so plainly instead of failing obscurely.
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";

if (!existsSync(".storybook/main.ts")) {
  console.log("The catalogue is not built yet: Storybook lands with the catalogue issue. Meanwhile `npm test` runs the suite.");
  process.exit(0);
}
const child = spawn("npx", ["storybook", "dev", "-p", "6006", "--ci", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" } });
child.on("exit", (code) => process.exit(code ?? 1));

// `next build` with no secrets, then `next start` on 127.0.0.1 as a merchant's deployment runs it.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const app = new URL("..", import.meta.url).pathname;
const repo = join(app, "../..");
const next = join(repo, "node_modules/next/dist/bin/next");
/** Only what a build machine has: no IAMPORT_* key, secret or switch. */
const bare = () => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), NEXT_TELEMETRY_DISABLED: "1" });

export function build() {
  // public/ holds only the copied fake script, so a fresh clone has no such folder
  mkdirSync(join(app, "public"), { recursive: true });
  copyFileSync(join(repo, "dist/fake-iamport.js"), join(app, "public/fake-iamport.js"));
  execFileSync(process.execPath, [next, "build", app], { cwd: repo, env: bare(), stdio: "pipe" });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export interface Running {
  url: string;
  stop(): Promise<void>;
}

/** The orders database lives in `dataDir` so a restart finds it again. */
export const dataDir = mkdtempSync(join(tmpdir(), "iamport-next-"));

export async function start(): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [next, "start", app, "-H", "127.0.0.1", "-p", String(port)], {
    cwd: repo,
    env: { ...bare(), NODE_ENV: "production", IAMPORT_FAKE: "1", ORDERS_DB: join(dataDir, "orders.sqlite") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    const ok = await fetch(`${url}/api/orders`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 300) throw new Error(`next start did not answer:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real redis-server on a free 127.0.0.1 port with its own temporary directory (append-only, fsync always). */
export async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "iamport-redis-"));
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""];
      child = spawn(REDIS_SERVER, [...args, "--appendonly", "yes", "--appendfsync", "always"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let log = "";
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${log}`)), 10_000);
      child.stdout!.on("data", (chunk: Buffer) => {
        log += chunk;
        if (!/Ready to accept connections/.test(log)) return;
        clearTimeout(timer);
        resolve();
      });
      child.on("exit", () => clearTimeout(timer));
      child.on("error", reject);
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    restart: async (downMs = 0) => {
      await stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

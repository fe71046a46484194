import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    scriptOrigin: string;
  }
}

let server: Server;

/**
 * A real HTTP server on 127.0.0.1 that serves the fake i'mport script file (built from the same source as
 * `iamport-react/testing/fake-iamport.js`), a 404, a flaky URL, a script that arrives too late, the SDK after a
 * slow network and one that defines no IMP.
 * `/__count?path=` tells how often a path was requested.
 */
export async function setup(project: TestProject) {
  const bundle = await build({
    entryPoints: ["src/testing/fakeIamportScript.ts"],
    bundle: true,
    format: "iife",
    write: false,
    define: { "process.env.NODE_ENV": '"test"' },
  });
  const fakeScript = bundle.outputFiles[0].text;
  const counts = new Map<string, number>();
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/__count") {
      res.end(String(counts.get(url.searchParams.get("path") ?? "") ?? 0));
      return;
    }
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    const js = (body: string) => res.writeHead(200, { "content-type": "text/javascript" }).end(body);
    if (url.pathname.startsWith("/fake-iamport")) return js(fakeScript);
    // Fails the first request of each distinct URL, then serves the fake: a CDN hiccup that retry() survives.
    if (url.pathname === "/flaky.js") {
      const key = url.pathname + url.search;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (counts.get(key) === 1) return res.writeHead(503).end("busy");
      return js(fakeScript);
    }
    // The real SDK after a slow network: past a test's short timeoutMs, but it does arrive.
    if (url.pathname === "/late.js") return void setTimeout(() => js(fakeScript), 150);
    if (url.pathname === "/not-iamport.js") return js("window.SOMETHING_ELSE = {};");
    // Answers far past any test's timeoutMs (a request left hanging forever wedges jsdom's script queue).
    if (url.pathname === "/hang.js") return void setTimeout(() => js("/* too late */"), 400);
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("scriptOrigin", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}

export async function teardown() {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

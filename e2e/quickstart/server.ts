// A merchant's page on a real 127.0.0.1 server: the quick-start bundle, the fake SDK script and a verify
// endpoint that counts POSTs and can be taken down. `pages` lists every page address the browser asked for, so a
// test sees the PG's return with the result in the query even when the page has cleaned its URL already.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export async function startQuickstart() {
  const bundle = await build({
    entryPoints: [new URL("page.tsx", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "esm",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0].text;
  const fake = readFileSync(new URL("../../dist/fake-iamport.js", import.meta.url), "utf8");
  const state = { down: false, posts: [] as { status: number; body: string }[], pages: [] as string[] };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const send = (type: string, body: string, status = 200) =>
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" }).end(body);
    if (path === "/api/iamport/verify" && req.method === "POST") {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk));
      req.on("end", () => {
        const status = state.down ? 503 : 200;
        state.posts.push({ status, body });
        send("application/json", JSON.stringify(state.down ? { error: "down" } : { status: "paid" }), status);
      });
      return;
    }
    if (path === "/page.js") return send("text/javascript", script);
    if (path === "/fake-iamport.js") return send("text/javascript", fake);
    if (path === "/favicon.ico") return send("image/x-icon", "", 404);
    state.pages.push(req.url ?? "/");
    send(
      "text/html; charset=utf-8",
      '<!doctype html><div id="root"></div><script type="module" src="/page.js"></script>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

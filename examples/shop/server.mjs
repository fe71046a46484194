// The demo shop's server: static files, an order table, the verify and webhook endpoints built on
// `iamport-react/server`, and i'mport's REST API simulated by `createFakeIamportApi` (this machine cannot
// reach the real one). `npm run demo` starts it on 127.0.0.1.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { createIamportClient, createVerifyHandler, createWebhookHandler, toNodeListener } from "iamport-react/server";
import { connectFakeIamport, createFakeIamportApi } from "iamport-react/testing";

const PORT = Number(process.env.PORT ?? 5180);
const root = new URL(".", import.meta.url).pathname;
const dist = join(root, "dist");
const fakeScript = join(root, "../../dist/fake-iamport.js");
const PRICES = { shirt: 49000, socks: 15900 };

const iamportApi = createFakeIamportApi({ apiKey: "demo_key", apiSecret: "demo_secret" });
// Keep the path in step with `api=` in the sdk.src of examples/shop/src/main.tsx.
const FAKE_RECORDS = "/__fake-iamport/records";
const fakeIamport = connectFakeIamport({ api: iamportApi, path: FAKE_RECORDS });
const client = createIamportClient({ apiKey: "demo_key", apiSecret: "demo_secret", fetch: iamportApi.fetch });

/** The merchant's order table: the only source of truth for amounts. */
const orders = new Map();
/** What a test may inspect or change: verify posts seen, fulfilments, an endpoint outage, a slow endpoint. */
const state = { verifyPosts: 0, fulfilled: [], verifyDown: false, verifyDelayMs: 0 };
let sequence = 0;

const verify = createVerifyHandler({
  client,
  expectedAmount: (merchantUid) => orders.get(merchantUid)?.amount,
  onVerified: (verified) => {
    state.fulfilled.push({ type: verified.type, status: verified.status, merchant_uid: verified.request.merchant_uid });
    const order = orders.get(verified.request.merchant_uid);
    if (order) order.status = verified.status;
  },
});
const webhook = createWebhookHandler({
  client,
  onPayment: (payment) =>
    void (orders.get(payment.merchant_uid) && (orders.get(payment.merchant_uid).status = payment.status)),
});

const json = (res, body, status = 200) =>
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
const readJson = (req) =>
  new Promise((resolve) => {
    let text = "";
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => resolve(text ? JSON.parse(text) : {}));
  });

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};
function sendFile(res, file) {
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
  });
  createReadStream(file).pipe(res);
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? "/", "http://127.0.0.1");
  if (pathname === "/health") return json(res, { ok: true });
  if (pathname === "/api/orders" && req.method === "POST") {
    const { items = [] } = await readJson(req);
    const amount = items.reduce((sum, id) => sum + (PRICES[id] ?? 0), 0);
    const order = {
      merchant_uid: `order-${Date.now()}-${++sequence}`,
      name: "린넨 셔츠 외 1건",
      amount,
      status: "created",
    };
    orders.set(order.merchant_uid, order);
    return json(res, order);
  }
  if (pathname === "/api/iamport/verify") {
    state.verifyPosts++;
    if (state.verifyDown) return json(res, { error: "down for maintenance" }, 503);
    if (state.verifyDelayMs) await new Promise((resolve) => setTimeout(resolve, state.verifyDelayMs));
    return toNodeListener(verify)(req, res);
  }
  if (pathname === "/api/iamport/webhook") return toNodeListener(webhook)(req, res);
  // The simulated i'mport cloud: the fake SDK (`api=` in its src) posts what it "paid" here, and the glue
  // makes it a payment the fake REST API knows, so the verify handler above verifies it for real.
  if (pathname === FAKE_RECORDS) return toNodeListener(fakeIamport.handle)(req, res);
  if (pathname === "/__control" && req.method === "POST") {
    Object.assign(state, await readJson(req));
    return json(res, state);
  }
  if (pathname === "/__control") return json(res, { ...state, orders: [...orders.values()] });
  if (pathname === "/fake-iamport.js") return sendFile(res, fakeScript);
  const file = join(dist, pathname);
  if (pathname !== "/" && existsSync(file) && statSync(file).isFile()) return sendFile(res, file);
  return sendFile(res, join(dist, "index.html"));
});

if (!existsSync(join(dist, "index.html")) || !existsSync(fakeScript)) {
  console.error("Build first: `npm run build && npx vite build examples/shop` (npm run demo does both).");
  process.exit(1);
}
server.listen(PORT, "127.0.0.1", () => console.log(`Demo shop on http://127.0.0.1:${PORT}`));

// Click → IMP.request_pay latency in Chromium on the demo shop's /bench page: the kit's PaymentButton beside
// a raw `window.IMP` button doing the same request. Reported as medians and a ratio, not a pass/fail time.
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = 5189;
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function browserFigures(rounds = 30) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!existsSync("examples/shop/dist/index.html"))
    return { skipped: "the demo shop is not built (npm run build:shop)" };
  const { chromium } = await import("playwright-core");
  const server = spawn(process.execPath, ["examples/shop/server.mjs"], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(`http://127.0.0.1:${PORT}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    const page = await browser.newPage();
    let scriptRequests = 0;
    page.on("request", (request) => request.url().includes("fake-iamport.js") && scriptRequests++);
    await page.addInitScript(() =>
      addEventListener("click", () => (window.__clickAt = performance.now()), { capture: true }),
    );
    await page.goto(`http://127.0.0.1:${PORT}/bench`);
    await page.waitForFunction(
      () =>
        !document.querySelector("button.iamport-button")?.disabled &&
        window.__IAMPORT_FAKE__?.calls.some((c) => c.method === "init"),
    );
    const delays = { kit: [], raw: [] };
    for (let round = 0; round < rounds; round++) {
      for (const [name, selector] of [
        ["kit", "button.iamport-button"],
        ["raw", "button:not(.iamport-button)"],
      ]) {
        await page.waitForFunction((s) => !document.querySelector(s).disabled, selector);
        await page.click(selector);
        delays[name].push(
          await page.evaluate(() => {
            const calls = window.__IAMPORT_FAKE__.calls.filter((c) => c.method === "request_pay");
            const delay = calls.at(-1).at - window.__clickAt;
            window.__IAMPORT_FAKE__.closeAll();
            return delay;
          }),
        );
      }
    }
    await browser.close();
    return { kit: median(delays.kit), raw: median(delays.raw), scriptRequests, rounds };
  } finally {
    server.kill();
  }
}

import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { runtime, type PageConfig } from "./runtime";
import { settleResult } from "./settle";
import { postVerify } from "./verify";

/** A real verify endpoint on 127.0.0.1 that misbehaves the way `answer` says. */
async function endpoint(answer: (res: ServerResponse) => void) {
  let posts = 0;
  const open: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    posts++;
    open.push(res);
    req.resume();
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/iamport/verify`,
    posts: () => posts,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const request = { type: "payment", imp_uid: "imp_1", merchant_uid: "order-1" } as const;

describe("the verify POST deadline", () => {
  afterEach(() => runtime.reset());

  it("fails a POST the endpoint never answers as a retriable VERIFY_FAILED after timeoutMs", async () => {
    const server = await endpoint(() => undefined);
    try {
      const started = Date.now();
      const error = await postVerify({ url: server.url, timeoutMs: 150 }, request).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VERIFY_FAILED", retriable: true });
      expect((error as Error).message).toBe(`The verify endpoint \`${server.url}\` did not answer within 150 ms.`);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await server.close();
    }
  });

  it("fails a POST whose endpoint sends headers and then stalls the body", async () => {
    const server = await endpoint((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"status":');
    });
    try {
      await expect(postVerify({ url: server.url, timeoutMs: 150 }, request)).rejects.toMatchObject({
        code: "VERIFY_FAILED",
        retriable: true,
      });
    } finally {
      await server.close();
    }
  });

  it("retries a stalled endpoint, ends VERIFY_FAILED and keeps the result journaled for the next load", async () => {
    const server = await endpoint(() => undefined);
    const config: PageConfig = {
      userCode: "imp12345678",
      verify: { url: server.url, timeoutMs: 100, retries: 2, retryDelay: () => 5 },
    };
    try {
      const outcome = await settleResult({ type: "payment", merchant_uid: "order-1" }, { imp_uid: "imp_1" }, config);
      expect(outcome).toMatchObject({ status: "failed", imp_uid: "imp_1", error: { code: "VERIFY_FAILED" } });
      // the third POST was sent; on a loaded machine the server may see it just after the client gave up
      await vi.waitFor(() => expect(server.posts()).toBe(3));
      expect(runtime.journal.unverified()).toEqual([expect.objectContaining({ imp_uid: "imp_1" })]);
    } finally {
      await server.close();
    }
  });
});

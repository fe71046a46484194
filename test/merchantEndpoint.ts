import { createServer } from "node:http";

/**
 * A merchant endpoint on 127.0.0.1 (a webhook or `confirm_url`) that records what it is posted and answers what
 * the test says; `null` never answers (an endpoint that hangs).
 */
export async function merchantEndpoint(
  answer: (body: Record<string, unknown>) => { status: number; body?: unknown } | null,
) {
  const posts: Record<string, unknown>[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      posts.push(body);
      const reply = answer(body);
      if (reply)
        res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    posts,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

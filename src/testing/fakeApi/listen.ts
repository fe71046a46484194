/** A Web handler served over real HTTP on 127.0.0.1 (Node only), answering 500 if the handler throws. */
export async function listen(
  handle: (request: Request) => Promise<Response>,
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const method = req.method ?? "GET";
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string") headers.set(name, value);
        else if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
      }
      let request: Request;
      try {
        request = new Request(new URL(req.url ?? "/", "http://127.0.0.1"), {
          method,
          headers,
          body: method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks),
        });
      } catch {
        res.writeHead(400).end();
        return;
      }
      handle(request)
        .then(async (response) => {
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        })
        .catch(() =>
          res
            .writeHead(500, { "content-type": "application/json" })
            .end('{"code":-1,"message":"fake i\'mport crashed","response":null}'),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

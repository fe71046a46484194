import { createServer } from "node:http";
import { toNodeListener } from "../src/server";

/** Serves a `(Request) => Promise<Response>` handler on 127.0.0.1, as a merchant's Node server would. */
export async function serve(handler: (request: Request) => Promise<Response>) {
  const server = createServer(toNodeListener(handler) as never);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

export const postJson = (url: string, body: unknown, init: RequestInit = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), ...init });

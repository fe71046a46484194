// IAMPORT_FAKE=1 only: the fake i'mport REST API over HTTP (`baseUrl` = <origin>/api/fake-iamport), the same
// one the server's client talks to in process. POST /api/fake-iamport/__control { latencyMs, down } slows it
// down or takes it offline (what the reload-mid-verify and outage tests need).
import { fake, isFake } from "../../../../lib/iamport";

async function serve(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  if (!isFake()) return Response.json({ error: "Not found." }, { status: 404 });
  const { api } = fake();
  const path = (await params).path.join("/");
  if (path === "__control" && request.method === "POST") {
    const body = (await request.json().catch(() => ({}))) as { latencyMs?: unknown; down?: unknown };
    if (body.latencyMs !== undefined && (typeof body.latencyMs !== "number" || body.latencyMs < 0))
      return Response.json({ error: "`latencyMs` must be a number of milliseconds ≥ 0." }, { status: 400 });
    api.setLatency(Number(body.latencyMs ?? 0));
    api.setDown(body.down === true);
    return Response.json({ ok: true });
  }
  const url = new URL(request.url);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return api.handle(
    new Request(`https://fake.iamport.invalid/${path}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body,
    }),
  );
}

export { serve as GET, serve as POST };

// What a merchant's orders survive on the server: a confirm flood, a store blip after fulfilment, a body parser in
// front, a handler whose answer cannot be read, an odd currency column and a forged charge at issuance.
import { createServer, type RequestListener } from "node:http";
import {
  createConfirmHandler,
  createIamportClient,
  createMemoryStore,
  createVerifyHandler,
  createWebhookHandler,
  StoreUnavailableError,
  toNodeListener,
  type HandlerStore,
  type IamportClient,
  type Verified,
} from "../server";
import { createFakeIamportApi, type FakeIamportApi } from "../testing";

let api: FakeIamportApi;
let client: IamportClient;
let stops: (() => Promise<void>)[] = [];
beforeEach(async () => {
  api = createFakeIamportApi();
  const server = await api.listen();
  client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl: server.url });
  stops = [server.close];
});
afterEach(() => Promise.all(stops.map((stop) => stop())));

const post = (body: unknown) =>
  new Request("http://shop.test/api", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const cancels = () => api.requests.filter((r) => r.path === "/payments/cancel");

async function listen(listener: RequestListener) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stops.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}
/** The HTTP status, or the error's name when no answer came within 3 s. */
const statusOf = (url: string, init: RequestInit = {}) =>
  fetch(url, { method: "POST", body: "{}", signal: AbortSignal.timeout(3000), ...init }).then(
    (r) => r.status,
    (e: Error) => e.name,
  );

describe("a flood of unsigned confirm POSTs", () => {
  it("cannot push a verify answer out of the shared store when the confirm handler has no client", async () => {
    const store = createMemoryStore({ maxEntries: 50 });
    const orders: Record<string, number> = { "order-1": 64900, "attacker-order": 1000 };
    const verified: Verified[] = [];
    const verify = createVerifyHandler({
      client,
      store,
      expectedAmount: (m) => orders[m],
      onVerified: (v) => void verified.push(v),
    });
    const confirm = createConfirmHandler({ store, expectedAmount: (m) => orders[m], approve: () => true });
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" };
    expect((await (await verify(post(body))).json()).status).toBe("paid");
    for (let i = 0; i < 60; i++) {
      const answer = await confirm(post({ imp_uid: `imp_forged${i}`, merchant_uid: "attacker-order", amount: 1000 }));
      expect(answer.status).toBe(200);
    }
    expect((await (await verify(post(body))).json()).status).toBe("paid");
    expect(verified).toHaveLength(1);
  });
});

describe("a store that fails once right after the order was fulfilled", () => {
  /** A store whose first `settle` of a key starting with `prefix` throws, as a Redis blip would. */
  function blipping(prefix: string): HandlerStore {
    const inner = createMemoryStore();
    let failed = false;
    return {
      ...inner,
      settle: async (key, owner, value) => {
        if (!failed && key.startsWith(prefix)) {
          failed = true;
          throw new StoreUnavailableError("Redis failed: connection reset");
        }
        return inner.settle(key, owner, value);
      },
    };
  }

  it("answers the verification instead of a 503 whose retry would fulfil the order again", async () => {
    const verified: Verified[] = [];
    const verify = createVerifyHandler({
      client,
      store: blipping("verify:"),
      expectedAmount: () => 64900,
      onVerified: (v) => void verified.push(v),
    });
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    const body = { type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" };
    const first = await verify(post(body));
    expect([first.status, (await first.json()).status]).toEqual([200, "paid"]);
    expect((await (await verify(post(body))).json()).status).toBe("paid");
    expect(verified).toHaveLength(1);
  });

  it("answers i'mport's webhook 200, and its resend hands the payment on no second time", async () => {
    const handed: string[] = [];
    const webhook = createWebhookHandler({
      client,
      store: blipping("webhook:"),
      onPayment: (p) => void handed.push(p.imp_uid),
    });
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    expect((await webhook(post({ imp_uid: payment.imp_uid, status: "paid" }))).status).toBe(200);
    expect((await webhook(post({ imp_uid: payment.imp_uid, status: "paid" }))).status).toBe(200);
    expect(handed).toHaveLength(1);
  });
});

describe("toNodeListener answers every request", () => {
  it.each([
    ["resolves to something that is not a Response", async () => undefined as unknown as Response],
    [
      "answers with a body stream that errors",
      async () =>
        new Response(
          new ReadableStream({
            start: (controller) => controller.error(new Error("upstream broke")),
          }),
        ),
    ],
  ])("with a 500 when the handler %s", async (_name, handler) => {
    expect(await statusOf(await listen(toNodeListener(handler) as never))).toBe(500);
  });

  it("with a 500 naming the body parser mounted in front of it (it would wait for the body forever)", async () => {
    const verify = toNodeListener(createVerifyHandler({ client, expectedAmount: () => 64900 }));
    const url = await listen((req, res) => {
      req.on("data", () => {});
      req.on("end", () => verify(req as never, res as never)); // What express.json() and next() do.
    });
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "payment", imp_uid: "imp_1", merchant_uid: "order-1" }),
      signal: AbortSignal.timeout(3000),
    });
    expect(response.status).toBe(500);
    expect((await response.json()).error).toMatch(/without a body parser in front/);
  });
});

describe("an order table's currency column", () => {
  it.each(["", " KRW", "krw ", null])(
    "%j reads as KRW: a correct payment is paid, never refunded",
    async (currency) => {
      const verify = createVerifyHandler({ client, expectedAmount: () => ({ amount: 64900, currency }) as never });
      const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900, currency: "KRW" });
      const answer = await verify(post({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" }));
      expect((await answer.json()).status).toBe("paid");
      expect(cancels()).toEqual([]);
    },
  );

  it("that is not a currency code answers 500 naming expectedAmount, and refunds nothing", async () => {
    const verify = createVerifyHandler({ client, expectedAmount: () => ({ amount: 64900, currency: "원화" }) });
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    const answer = await verify(post({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" }));
    expect(answer.status).toBe(500);
    expect((await answer.json()).error).toMatch(/`expectedAmount` returned .*three-letter currency/);
    expect(cancels()).toEqual([]);
  });

  it("that is a whole order row names only its kind, never the buyer's details it holds", async () => {
    // A Prisma row: `amount` a Decimal object, next to the buyer's name and phone.
    const row = { amount: { d: [64900], e: 4, s: 1 }, buyer_name: "홍길동", buyer_tel: "010-1234-5678" };
    const verify = createVerifyHandler({ client, expectedAmount: () => row as never });
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 64900 });
    const answer = await verify(post({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" }));
    expect(answer.status).toBe(500);
    const { error } = await answer.json();
    expect(error).toMatch(/`expectedAmount` returned an object whose `amount` is an object/);
    expect(error).not.toMatch(/홍길동|010-1234-5678|64900/);
  });
});

describe("a billing key issued with a charge (Kakao Pay, Danal, Mobilians)", () => {
  const setUpIssue = (amount: number, pg_provider = "kakaopay", pay_method = "card") => {
    const verified: Verified[] = [];
    const verify = createVerifyHandler({
      client,
      expectedAmount: (m) => (m === "sub-1" ? 64900 : undefined),
      onVerified: (v) => void verified.push(v),
    });
    api.addBillingKey({ customer_uid: "cust-1" });
    const issue = api.addPayment({
      merchant_uid: "sub-1",
      amount,
      pg_provider,
      pay_method,
      customer_uid: "cust-1",
      customer_uid_usage: "issue",
    });
    const body = { type: "billing_key", imp_uid: issue.imp_uid, merchant_uid: "sub-1", customer_uid: "cust-1" };
    return { verify: () => verify(post(body)).then((r) => r.json()), verified, issue, handler: verify };
  };

  it("at a forged amount is not issued, and its charge is refunded", async () => {
    const { verify, verified, issue } = setUpIssue(100);
    expect(await verify()).toEqual({
      status: "forgery",
      message: "The paid amount does not match the order; the payment was cancelled.",
    });
    expect(verified).toEqual([]);
    expect(cancels()).toHaveLength(1);
    expect(api.payments.get(issue.imp_uid)).toMatchObject({ status: "cancelled" });
    expect(await verify()).toMatchObject({ status: "forgery" }); // Asked again: still no key, no second refund.
    expect(cancels()).toHaveLength(1);
  });

  it("at a forged amount through Welcome's phone billing (it charges; Welcome cards do not) is refunded", async () => {
    expect(await setUpIssue(100, "welcome", "phone").verify()).toMatchObject({ status: "forgery" });
    expect(cancels()).toHaveLength(1);
  });

  it.each([
    [64900, "kakaopay", "card"],
    [0, "kakaopay", "card"],
    [1000, "html5_inicis", "card"],
    [1000, "welcome", "card"],
  ])("at %i through %s %s (the order's amount, none, or only displayed) is issued", async (amount, pg, method) => {
    const { verify, verified } = setUpIssue(amount, pg, method);
    expect((await verify()).status).toBe("issued");
    expect(verified).toHaveLength(1);
  });
});

// The handlers against the fake REST API as i'mport drives them: a test channel's payment, and the confirm
// process (i'mport asks the merchant's confirm_url before approving), all over real HTTP on 127.0.0.1.
import { createConfirmHandler, createIamportClient, createVerifyHandler, type IamportClient } from "../server";
import { createFakeIamportApi, type FakeIamportApi } from "../testing";
import { postJson, serve } from "../../test/serve";

let api: FakeIamportApi;
let client: IamportClient;
let stops: (() => Promise<void>)[] = [];
const orders: Record<string, number> = { "order-1": 64900, "sold-out": 1000 };

async function setUp(options: { confirmUrl?: string } = {}) {
  api = createFakeIamportApi(options);
  const server = await api.listen();
  client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl: server.url });
  stops.push(server.close);
}
afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});

async function verifyEndpoint(includeSandbox?: boolean) {
  const app = await serve(createVerifyHandler({ client, includeSandbox, expectedAmount: (m) => orders[m] }));
  stops.push(app.close);
  return (body: Record<string, unknown>) => postJson(app.url, body).then((r) => r.json());
}

describe("a payment on a test channel (sandbox)", () => {
  beforeEach(() => setUp());

  it("is paid when the merchant runs a test channel (includeSandbox)", async () => {
    const { payment } = await api.pay({ merchant_uid: "order-1", amount: 64900 }, { sandbox: true });
    const verify = await verifyEndpoint(true);
    expect(await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" })).toMatchObject({
      status: "paid",
    });
  });

  it("is not found, and never paid, when the merchant does not opt in", async () => {
    const { payment } = await api.pay({ merchant_uid: "order-1", amount: 64900 }, { sandbox: true });
    const verify = await verifyEndpoint();
    const answer = await verify({ type: "payment", imp_uid: payment.imp_uid, merchant_uid: "order-1" });
    expect(answer.status).not.toBe("paid");
  });
});

describe("i'mport's confirm process against createConfirmHandler", () => {
  let approved: string[];

  beforeEach(async () => {
    approved = [];
    const confirm = createConfirmHandler({
      expectedAmount: (merchantUid) => orders[merchantUid],
      approve: (request) => {
        if (request.merchant_uid === "sold-out") return { reason: "품절되었습니다" };
        approved.push(request.merchant_uid);
        return true;
      },
    });
    const app = await serve(confirm);
    stops.push(app.close);
    await setUp({ confirmUrl: app.url });
  });

  it("approves the order's amount: the payment is paid", async () => {
    const { payment, error } = await api.pay({ merchant_uid: "order-1", amount: 64900 }, { outcome: "paid" });
    expect(error).toBeUndefined();
    expect(payment.status).toBe("paid");
    expect(approved).toEqual(["order-1"]);
  });

  it("blocks a forged amount before money moves, and the merchant's approve never runs", async () => {
    const { payment, error } = await api.pay({ merchant_uid: "order-1", amount: 100 }, { outcome: "paid" });
    expect(payment.status).toBe("failed");
    expect(error).toBeDefined();
    expect(approved).toEqual([]);
  });

  it("blocks what the merchant refuses and records the merchant's reason", async () => {
    const { payment } = await api.pay({ merchant_uid: "sold-out", amount: 1000 }, { outcome: "paid" });
    expect(payment.status).toBe("failed");
    expect(payment.fail_reason).toContain("품절되었습니다");
  });
});

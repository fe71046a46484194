import { createIamportClient } from "../server/client";
import { createVerifyHandler } from "../server/verifyHandler";
import type { IMPGlobal, PaymentResponse } from "../core/types";
import { connectFakeIamport } from "./connect";
import { createFakeIamportApi } from "./fakeIamportApi";

const pay = (imp: IMPGlobal, params: Record<string, unknown>) =>
  new Promise<PaymentResponse>((resolve) => {
    imp.init("imp00000000");
    imp.request_pay(params as never, resolve);
  });

const headers = { "content-type": "application/json" };

const setup = (amount = 64900) => {
  const api = createFakeIamportApi();
  const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch });
  const verify = createVerifyHandler({ client, expectedAmount: () => amount });
  const post = async (body: unknown) =>
    (
      await verify(
        new Request("http://127.0.0.1/api/iamport/verify", { method: "POST", headers, body: JSON.stringify(body) }),
      )
    )
      .json()
      .then((answer) => answer as { status: string; vbank?: { vbank_num: string } });
  return { api, post, glue: connectFakeIamport({ api }) };
};

describe("connectFakeIamport", () => {
  it("makes what the fake window paid a payment that createVerifyHandler verifies", async () => {
    const { glue, post } = setup();
    const fake = glue.install();
    const rsp = await pay(fake.imp, { merchant_uid: "order-1", amount: 64900, name: "셔츠" });
    expect(await post({ type: "payment", imp_uid: rsp.imp_uid, merchant_uid: "order-1" })).toMatchObject({
      status: "paid",
    });
    fake.uninstall();
  });

  it("carries a virtual account, a forged amount and a decline through as i'mport would", async () => {
    const { glue, post, api } = setup();
    const fake = glue.install({ outcome: "ready" });
    const vbank = await pay(fake.imp, { merchant_uid: "order-2", amount: 64900, pay_method: "vbank" });
    expect(await post({ type: "payment", imp_uid: vbank.imp_uid, merchant_uid: "order-2" })).toMatchObject({
      status: "ready",
      vbank: { vbank_num: "T1234-5678-9012" },
    });
    fake.setOutcome("paid");
    const forged = await pay(fake.imp, { merchant_uid: "order-3", amount: 100 });
    expect(await post({ type: "payment", imp_uid: forged.imp_uid, merchant_uid: "order-3" })).toMatchObject({
      status: "forgery",
    });
    expect(api.payments.get(forged.imp_uid as string)?.status).toBe("cancelled");
    fake.setOutcome("failed");
    const declined = await pay(fake.imp, { merchant_uid: "order-4", amount: 64900 });
    expect(api.payments.get(declined.imp_uid as string)?.status).toBe("failed");
    fake.uninstall();
  });

  it("makes an issued billing key (and i'mport's issue record) that the verify handler accepts", async () => {
    const { glue, post } = setup(0);
    const fake = glue.install();
    const rsp = await pay(fake.imp, { merchant_uid: "issue-1", amount: 0, customer_uid: "buyer-1" });
    const body = { type: "billing_key", imp_uid: rsp.imp_uid, merchant_uid: "issue-1", customer_uid: "buyer-1" };
    expect(await post(body)).toMatchObject({ status: "issued", customer_uid: "buyer-1" });
    fake.uninstall();
  });

  it("answers the fake script's POSTs, and names the field of a bad one", async () => {
    const { glue, api } = setup();
    const post = (body: unknown) =>
      glue.handle(new Request("http://127.0.0.1/api/iamport/fake", { method: "POST", body: JSON.stringify(body) }));
    const record = { imp_uid: "imp_1", merchant_uid: "order-5", type: "payment", status: "paid", amount: 1000 };
    expect((await post(record)).status).toBe(200);
    expect((await post(record)).status).toBe(200);
    expect([...api.payments.values()].filter((p) => p.merchant_uid === "order-5")).toHaveLength(1);
    const bad = await post({ ...record, amount: "1000" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "`connectFakeIamport`: `amount` must be a number ≥ 0." });
    expect(await (await post({ ...record, type: "refund" })).json()).toMatchObject({
      error: expect.stringContaining("`type`"),
    });
    expect((await glue.handle(new Request("http://127.0.0.1/api/iamport/fake"))).status).toBe(405);
  });

  it("gives the fake script's src the path where handle is mounted", () => {
    const { api } = setup();
    expect(connectFakeIamport({ api, path: "/fake/records" }).scriptSrc("/fake-iamport.js", { window: "1" })).toBe(
      "/fake-iamport.js?window=1&api=%2Ffake%2Frecords",
    );
    expect(() => connectFakeIamport({} as never)).toThrow("`connectFakeIamport`: `api` must be a fake REST API");
  });
});

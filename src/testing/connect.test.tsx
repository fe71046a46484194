import { fireEvent, screen, waitFor } from "@testing-library/react";
import { http, passthrough } from "msw";
import { createConfirmHandler } from "../server/confirmHandler";
import { createIamportClient } from "../server/client";
import { createVerifyHandler } from "../server/verifyHandler";
import type { IMPGlobal, PaymentResponse } from "../core/types";
import { Checkout } from "../../test/Checkout";
import { merchantEndpoint } from "../../test/merchantEndpoint";
import { server } from "../../test/msw";
import { order, renderWithIamport, VERIFY_URL } from "../../test/render";
import { serve } from "../../test/serve";
import { connectFakeIamport } from "./connect";
import { installFakeIamport } from "./fakeIamport";
import { createFakeIamportApi, type FakeIamportApiOptions } from "./fakeIamportApi";

const pay = (imp: IMPGlobal, params: Record<string, unknown>) =>
  new Promise<PaymentResponse>((resolve) => {
    imp.init("imp00000000");
    imp.request_pay(params as never, resolve);
  });

const headers = { "content-type": "application/json" };

const setup = (amount = 64900, options: FakeIamportApiOptions = {}) => {
  const api = createFakeIamportApi(options);
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
  return { api, client, verify, post, glue: connectFakeIamport({ api }) };
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

describe("connectFakeIamport and i'mport's confirm process (confirm_url)", () => {
  let stops: (() => Promise<void>)[] = [];
  /** The merchant's confirm endpoint, a real server on 127.0.0.1 (MSW lets the fake's POSTs through). */
  const confirmEndpoint = async (answer: Parameters<typeof merchantEndpoint>[0]) => {
    const endpoint = await merchantEndpoint(answer);
    server.use(http.post(endpoint.url, () => passthrough()));
    stops.push(endpoint.close);
    return endpoint;
  };
  const soldOut = () => ({ status: 400, body: { reason: "재고 없음" } });
  afterEach(async () => {
    await Promise.all(stops.map((stop) => stop()));
    stops = [];
  });

  it("fails a payment its confirm_url refuses: the callback carries the reason, i'mport holds it failed", async () => {
    const confirm = await confirmEndpoint(soldOut);
    const { glue, api } = setup();
    const fake = glue.install();
    const rsp = await pay(fake.imp, { merchant_uid: "order-c1", amount: 64900, confirm_url: confirm.url });
    expect(rsp).toMatchObject({ success: false, error_code: "F500", error_msg: "재고 없음" });
    expect(rsp.imp_uid).toMatch(/^imp_\d{12}$/);
    expect(confirm.posts).toEqual([{ imp_uid: rsp.imp_uid, merchant_uid: "order-c1", amount: 64900 }]);
    expect(api.payments.get(rsp.imp_uid as string)).toMatchObject({ status: "failed", fail_reason: "재고 없음" });
    fake.uninstall();
  });

  it("approves what the console's confirmUrl answers 200 to: asked while ready, then paid and verified", async () => {
    const seen: unknown[] = [];
    const confirm = await confirmEndpoint((body) => {
      seen.push(api.payments.get(body.imp_uid as string)?.status);
      return { status: 200 };
    });
    const { glue, api, post } = setup(64900, { confirmUrl: confirm.url });
    const fake = glue.install();
    const rsp = await pay(fake.imp, { merchant_uid: "order-c2", amount: 64900 });
    expect(rsp).toMatchObject({ success: true, status: "paid" });
    expect(seen).toEqual(["ready"]);
    expect(await post({ type: "payment", imp_uid: rsp.imp_uid, merchant_uid: "order-c2" })).toMatchObject({
      status: "paid",
    });
    fake.uninstall();
  });

  it("shows the buyer a failed payment with the reason when usePayment's confirm_url refuses it", async () => {
    const confirm = await confirmEndpoint(soldOut);
    const { glue, api, verify } = setup();
    server.use(http.post(VERIFY_URL, ({ request }) => verify(request)));
    glue.install();
    renderWithIamport(<Checkout params={() => order({ merchant_uid: "order-c3", confirm_url: confirm.url })} />);
    fireEvent.click(screen.getByText("Pay"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("failed"));
    expect(screen.getByTestId("error")).toHaveTextContent("PAYMENT_FAILED: 재고 없음");
    expect(confirm.posts).toEqual([{ imp_uid: expect.any(String), merchant_uid: "order-c3", amount: 64900 }]);
    expect(api.payments.get(confirm.posts[0].imp_uid as string)?.fail_reason).toBe("재고 없음");
  });

  it("issues no billing key when confirm_url refuses the issue, and fails it on time when it hangs", async () => {
    const refusing = await confirmEndpoint(soldOut);
    const hanging = await confirmEndpoint(() => null);
    const { glue, api } = setup(0, { confirmUrl: hanging.url, confirmTimeoutMs: 100 });
    const fake = glue.install();
    const params = { merchant_uid: "issue-c1", amount: 0, customer_uid: "buyer-c1", confirm_url: refusing.url };
    const issue = await pay(fake.imp, params);
    expect(issue).toMatchObject({ success: false, error_code: "F500", error_msg: "재고 없음" });
    expect(api.billingKeys.has("buyer-c1")).toBe(false);
    expect(api.payments.get(issue.imp_uid as string)).toMatchObject({ status: "failed", customer_uid_usage: "issue" });
    const slow = await pay(fake.imp, { merchant_uid: "order-c4", amount: 1000 });
    expect(slow).toMatchObject({ success: false, error_msg: "confirm_url did not answer within 0.1 s" });
    expect(hanging.posts).toEqual([{ imp_uid: slow.imp_uid, merchant_uid: "order-c4", amount: 1000 }]);
    fake.uninstall();
  });

  it("tells the fake script of the block through handle, once per record, and the script ends with it", async () => {
    const confirm = await confirmEndpoint(soldOut);
    const { glue, api } = setup();
    const registerUrl = "http://127.0.0.1/api/iamport/fake";
    server.use(http.post(registerUrl, ({ request }) => glue.handle(request)));
    const record = { imp_uid: "imp_100000000001", merchant_uid: "order-c5", type: "payment", status: "paid" };
    const post = (body: unknown) =>
      glue.handle(new Request(registerUrl, { method: "POST", body: JSON.stringify(body) })).then((r) => r.json());
    const blocked = { ok: true, status: "failed", fail_reason: "재고 없음" };
    expect(await post({ ...record, amount: 1000, confirm_url: confirm.url })).toEqual(blocked);
    expect(await post({ ...record, amount: 1000, confirm_url: confirm.url })).toEqual(blocked);
    expect(
      await post({ ...record, imp_uid: "imp_100000000002", status: "failed", amount: 1, confirm_url: confirm.url }),
    ).toEqual({ ok: true });
    expect(confirm.posts).toHaveLength(1);
    expect(api.payments.get("imp_100000000001")?.fail_reason).toBe("재고 없음");
    expect(await post({ ...record, amount: 1, confirm_url: 1 })).toEqual({
      error: "`connectFakeIamport`: `confirm_url` must be a string when present.",
    });

    // What fake-iamport.js?api=… does: installFakeIamport({ registerUrl }), in a page of its own.
    const navigate = vi.fn();
    const fake = installFakeIamport({ registerUrl, navigate });
    const rsp = await pay(fake.imp, { merchant_uid: "order-c6", amount: 1000, confirm_url: confirm.url });
    expect(rsp).toMatchObject({ success: false, error_code: "F500", error_msg: "재고 없음" });
    expect(api.payments.get(rsp.imp_uid as string)).toMatchObject({ status: "failed", fail_reason: "재고 없음" });
    fake.configure({ redirect: true });
    fake.imp.request_pay({ merchant_uid: "order-c7", amount: 1000, confirm_url: confirm.url } as never);
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const returned = new URL(navigate.mock.calls[0][0] as string).searchParams;
    expect(Object.fromEntries(returned)).toMatchObject({
      imp_success: "false",
      error_code: "F500",
      error_msg: "재고 없음",
    });
    fake.uninstall();
  });

  it("lets createConfirmHandler block a forged amount through the fake window, and pass the order's", async () => {
    const orders: Record<string, number> = { "order-c8": 64900, "order-c9": 64900 };
    const { glue, api, client, post } = setup();
    const app = await serve(createConfirmHandler({ client, expectedAmount: (m) => orders[m], approve: () => true }));
    stops.push(app.close);
    server.use(http.post(app.url, () => passthrough()));
    const fake = glue.install();
    const forged = await pay(fake.imp, { merchant_uid: "order-c8", amount: 100, confirm_url: app.url });
    expect(forged).toMatchObject({ success: false, error_code: "F500" });
    expect(api.payments.get(forged.imp_uid as string)?.status).toBe("failed");
    const honest = await pay(fake.imp, { merchant_uid: "order-c9", amount: 64900, confirm_url: app.url });
    expect(honest).toMatchObject({ success: true });
    expect(await post({ type: "payment", imp_uid: honest.imp_uid, merchant_uid: "order-c9" })).toMatchObject({
      status: "paid",
    });
    fake.uninstall();
  });
});

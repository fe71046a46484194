import { checkAnswer, specCheckedClient, specCheckingFetch } from "../../../test/iamportSpec";
import { merchantEndpoint } from "../../../test/merchantEndpoint";
import type { IamportClient } from "../../server";
import { createFakeIamportApi, type FakeIamportApi } from "../../testing";

const checker = specCheckingFetch();
let api: FakeIamportApi;
let iamport: IamportClient;
let baseUrl: string;
let close: () => Promise<void>;
let hooks: Awaited<ReturnType<typeof merchantEndpoint>>;

beforeEach(async () => {
  hooks = await merchantEndpoint(() => ({ status: 200 }));
  api = createFakeIamportApi({ tiers: ["A01"], webhookUrl: hooks.url });
  ({ url: baseUrl, close } = await api.listen());
  iamport = specCheckedClient(baseUrl, checker);
});
afterEach(async () => {
  await close();
  await hooks.close();
});

const getToken = async () => {
  const response = await fetch(`${baseUrl}/users/getToken`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "imp_key=test_api_key&imp_secret=test_api_secret",
  });
  return ((await response.json()) as { response: { access_token: string; expired_at: number; now: number } }).response;
};

describe("the fake i'mport REST API", () => {
  describe("authentication", () => {
    it("answers the same token while it is valid, extended when asked within a minute of expired_at", async () => {
      api = createFakeIamportApi({ tokenTtlSeconds: 50 });
      const { url, close: stop } = await api.listen();
      const ask = () =>
        fetch(`${url}/users/getToken`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ imp_key: "test_api_key", imp_secret: "test_api_secret" }),
        }).then(async (r) => ((await r.json()) as { response: { access_token: string; expired_at: number } }).response);
      const first = await ask();
      const second = await ask();
      expect(second.access_token).toBe(first.access_token);
      expect(second.expired_at).toBe(first.expired_at + 300);
      await stop();
    });

    it("accepts Bearer, bare Authorization and X-ImpTokenHeader; a revoked token is refused and says so", async () => {
      const payment = api.addPayment({ merchant_uid: "order-auth", amount: 1000 });
      const { access_token: token } = await getToken();
      const accepted: Record<string, string>[] = [
        { authorization: `Bearer ${token}` },
        { authorization: token },
        { "x-imptokenheader": token },
      ];
      for (const headers of accepted) {
        const response = await fetch(`${baseUrl}/payments/${payment.imp_uid}`, { headers });
        expect(response.status).toBe(200);
      }
      api.revokeTokens();
      const refused = await fetch(`${baseUrl}/payments/${payment.imp_uid}`, { headers: { authorization: token } });
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: -1, message: expect.stringContaining("폐기된 토큰") });
      const fresh = await getToken();
      expect(fresh.access_token).not.toBe(token);
    });

    it("lets the client recover from a revoked token by fetching a new one once", async () => {
      const payment = api.addPayment({ merchant_uid: "order-rev", amount: 1000 });
      await iamport.getPayment(payment.imp_uid);
      api.revokeTokens();
      await expect(iamport.getPayment(payment.imp_uid)).resolves.toMatchObject({ amount: 1000 });
      expect(api.requests.filter((r) => r.path === "/users/getToken")).toHaveLength(2);
    });

    it("answers an endpoint it does not simulate with i'mport's 404 envelope", async () => {
      await expect(
        iamport.request("GET", "/tiers/{tier_code}", { params: { tier_code: "A01" } }),
      ).rejects.toMatchObject({
        status: 404,
        apiCode: -1,
        apiMessage: "지원하지 않는 API입니다: GET /tiers/A01",
      });
    });
    it("takes no __proto__, constructor or prototype key from a query or form, even unauthenticated", async () => {
      const polluted = () => Object.keys(Object.prototype).concat(Object.keys(Function.prototype));
      const response = await fetch(
        `${baseUrl}/payments/x?__proto__[includeSandbox]=1&constructor[prototype][exposeCard]=1&a[__proto__][b]=1`,
      );
      expect(response.status).toBe(401);
      await fetch(`${baseUrl}/users/getToken`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "imp_key=test_api_key&imp_secret=test_api_secret&__proto__[maxBodyBytes]=100000000",
      });
      expect(polluted()).toEqual([]);
      expect(({} as Record<string, unknown>).includeSandbox).toBeUndefined();
    });
  });

  describe("payments", () => {
    it("hides test-channel payments unless include_sandbox=true, as the spec says", async () => {
      const { payment } = await api.pay({ merchant_uid: "order-sandbox", amount: 1000 }, { sandbox: true });
      await expect(iamport.getPayment(payment.imp_uid)).rejects.toMatchObject({ status: 404 });
      await expect(iamport.getPayment(payment.imp_uid, { includeSandbox: true })).resolves.toMatchObject({
        sandbox: true,
        status: "paid",
      });
    });

    it("finds an order's payment by status and sorting, and several payments by imp_uid[]", async () => {
      const failed = (await api.pay({ merchant_uid: "order-f", amount: 500 }, { outcome: "failed" })).payment;
      const paid = (await api.pay({ merchant_uid: "order-f", amount: 500 })).payment;
      await expect(iamport.findPaymentByMerchantUid("order-f", { status: "failed" })).resolves.toMatchObject({
        imp_uid: failed.imp_uid,
      });
      await expect(iamport.findPaymentByMerchantUid("order-f")).resolves.toMatchObject({ imp_uid: paid.imp_uid });
      await expect(iamport.findPaymentByMerchantUid("order-f", { sorting: "started" })).resolves.toMatchObject({
        imp_uid: failed.imp_uid,
      });
      await expect(iamport.findPaymentByMerchantUid("order-f", { status: "cancelled" })).rejects.toMatchObject({
        status: 404,
      });
      await expect(iamport.findPaymentByMerchantUid("order-f", { sorting: "newest" as "paid" })).rejects.toThrow(
        "`findPaymentByMerchantUid`: `sorting` must be one of -started, started",
      );
      const many = await iamport.getPayments([failed.imp_uid, paid.imp_uid, "imp_000000000000"]);
      expect(many.map((p) => p.imp_uid).sort()).toEqual([failed.imp_uid, paid.imp_uid].sort());
    });

    it("refunds in parts, records each in cancel_history, and refuses more than the remaining balance", async () => {
      const { payment } = await api.pay({ merchant_uid: "order-refund", amount: 10_000 });
      const partial = await iamport.cancelPayment({
        imp_uid: payment.imp_uid,
        reason: "한 개 반품",
        amount: 3000,
        checksum: 10_000,
      });
      expect(partial).toMatchObject({ status: "paid", cancel_amount: 3000 });
      expect(partial.cancel_history).toEqual([expect.objectContaining({ amount: 3000, reason: "한 개 반품" })]);
      expect(partial.cancel_receipt_urls).toHaveLength(1);
      await expect(
        iamport.cancelPayment({ imp_uid: payment.imp_uid, reason: "x", amount: 8000 }),
      ).rejects.toMatchObject({ kind: "api", apiMessage: "취소요청금액(8000)이 취소가능잔액(7000)보다 큽니다." });
      await expect(
        iamport.cancelPayment({ imp_uid: payment.imp_uid, reason: "x", amount: 8000, checksum: 7000 }),
      ).rejects.toMatchObject({ apiMessage: expect.stringContaining("취소가능잔액(7000)보다 큽니다") });
      await expect(
        iamport.cancelPayment({ imp_uid: payment.imp_uid, reason: "x", checksum: 10_000 }),
      ).rejects.toMatchObject({ apiMessage: expect.stringContaining("[checksum] 취소가능잔액(7000)") });
      const rest = await iamport.cancelPayment({ imp_uid: payment.imp_uid, reason: "나머지", checksum: 7000 });
      expect(rest).toMatchObject({ status: "cancelled", cancel_amount: 10_000 });
      expect(rest.cancel_history?.map((c) => c.amount)).toEqual([3000, 7000]);
      await expect(iamport.getPaymentBalance(payment.imp_uid)).resolves.toMatchObject({ amount: 0 });
    });

    it("refuses to refund a failed or never-paid payment, or a virtual account without a refund account", async () => {
      const failed = (await api.pay({ merchant_uid: "o-1", amount: 100 }, { outcome: "failed" })).payment;
      const ready = (await api.pay({ merchant_uid: "o-2", amount: 100 }, { outcome: "ready" })).payment;
      await expect(iamport.cancelPayment({ imp_uid: failed.imp_uid, reason: "x" })).rejects.toMatchObject({
        apiMessage: expect.stringContaining("결제실패된 거래는 취소할 수 없습니다"),
      });
      await expect(iamport.cancelPayment({ imp_uid: ready.imp_uid, reason: "x" })).rejects.toMatchObject({
        apiMessage: expect.stringContaining("입금 전인 가상계좌는 취소할 수 없습니다"),
      });
      await api.depositVbank(ready.imp_uid);
      await expect(iamport.cancelPayment({ imp_uid: ready.imp_uid, reason: "x" })).rejects.toMatchObject({
        apiMessage: expect.stringContaining("refund_holder, refund_bank, refund_account"),
      });
      await expect(
        iamport.cancelPayment({
          imp_uid: ready.imp_uid,
          reason: "x",
          refund_holder: "홍길동",
          refund_bank: "004",
          refund_account: "12345678901",
        }),
      ).resolves.toMatchObject({ status: "cancelled" });
      expect(api.payments.get(failed.imp_uid)?.cancel_amount).toBe(0);
    });

    it("accepts a form-encoded cancel as i'mport does", async () => {
      const { payment } = await api.pay({ merchant_uid: "order-form", amount: 2000 });
      const { access_token: token } = await getToken();
      const response = await fetch(`${baseUrl}/payments/cancel`, {
        method: "POST",
        headers: { authorization: token, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          imp_uid: payment.imp_uid,
          amount: "500",
          reason: "form",
          "extra[requester]": "customer",
        }),
      });
      expect(await response.json()).toMatchObject({ code: 0, response: { cancel_amount: 500 } });
    });

    it("fails a payment whose amount differs from the one registered with prepare", async () => {
      await iamport.preparePayment({ merchant_uid: "order-prep", amount: 5000 });
      await expect(iamport.getPreparedPayment("order-prep")).resolves.toEqual({
        merchant_uid: "order-prep",
        amount: 5000,
        currency: "KRW",
      });
      await expect(iamport.preparePayment({ merchant_uid: "order-prep", amount: 1 })).rejects.toMatchObject({
        apiMessage: expect.stringContaining("이미 사전등록된 merchant_uid"),
      });
      const forged = await api.pay({ merchant_uid: "order-prep", amount: 100 });
      expect(forged.payment).toMatchObject({
        status: "failed",
        fail_reason: expect.stringContaining("일치하지 않습니다"),
      });
      expect(forged.error).toMatchObject({ error_msg: expect.stringContaining("사전등록된 금액(5000)") });
      await iamport.updatePreparedPayment({ merchant_uid: "order-prep", amount: 100 });
      await expect(api.pay({ merchant_uid: "order-prep", amount: 100 })).resolves.toMatchObject({
        payment: { status: "paid" },
      });
    });
  });

  describe("the simulation", () => {
    it("asks confirm_url before approving: a 200 approves, anything else fails with the body's reason", async () => {
      let allow = true;
      const confirmer = await merchantEndpoint(() =>
        allow ? { status: 200 } : { status: 409, body: { reason: "재고 소진" } },
      );
      api = createFakeIamportApi({ confirmUrl: confirmer.url, webhookUrl: hooks.url });
      const approved = await api.pay({ merchant_uid: "order-c1", amount: 3000 });
      allow = false;
      const refused = await api.pay({ merchant_uid: "order-c2", amount: 3000 });
      expect(confirmer.posts).toEqual([
        { imp_uid: approved.payment.imp_uid, merchant_uid: "order-c1", amount: 3000 },
        { imp_uid: refused.payment.imp_uid, merchant_uid: "order-c2", amount: 3000 },
      ]);
      expect(approved.payment.status).toBe("paid");
      expect(refused).toMatchObject({
        payment: { status: "failed", fail_reason: "재고 소진" },
        error: { error_msg: "재고 소진" },
      });
      expect(hooks.posts).toEqual([{ imp_uid: approved.payment.imp_uid, merchant_uid: "order-c1", status: "paid" }]);
      await confirmer.close();
    });

    it("fails the payment when confirm_url does not answer in time and notifies the request's notice_url", async () => {
      const { createServer: server } = await import("node:http");
      const hanging = server(() => undefined);
      await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
      const { port } = hanging.address() as { port: number };
      api = createFakeIamportApi({ confirmUrl: `http://127.0.0.1:${port}/confirm`, confirmTimeoutMs: 100 });
      const slow = await api.pay({ merchant_uid: "order-slow", amount: 1000 });
      expect(slow.payment).toMatchObject({ status: "failed", fail_reason: "confirm_url did not answer within 0.1 s" });
      hanging.closeAllConnections();
      hanging.close();
      api = createFakeIamportApi({ webhookUrl: "http://127.0.0.1:9/unused" });
      const { payment } = await api.pay({ merchant_uid: "order-notice", amount: 1000, notice_url: hooks.url });
      expect(hooks.posts).toEqual([{ imp_uid: payment.imp_uid, merchant_uid: "order-notice", status: "paid" }]);
      expect(api.webhooks).toEqual([expect.objectContaining({ url: hooks.url, status: 200 })]);
    });

    it("records a buyer's cancel as failed and a mobile payment's channel", async () => {
      const cancelled = await api.pay({ merchant_uid: "o-c", amount: 100 }, { outcome: "cancelled" });
      expect(cancelled).toMatchObject({ payment: { status: "failed" }, error: { error_code: "F001" } });
      const mobile = await api.pay({ merchant_uid: "o-m", amount: 100, pg: "kcp.T0000" }, { device: "mobile" });
      expect(mobile.payment).toMatchObject({ channel: "mobile", pg_provider: "kcp", pg_id: "T0000" });
    });

    it("sends the webhook when a virtual account is issued and when it is paid into", async () => {
      const { payment } = await api.pay({ merchant_uid: "order-vb", amount: 7000 }, { outcome: "ready" });
      expect(payment).toMatchObject({ status: "ready", pay_method: "vbank", vbank_num: expect.any(String) });
      await api.depositVbank(payment.imp_uid);
      expect(hooks.posts.map((p) => p.status)).toEqual(["ready", "paid"]);
      await expect(iamport.getPayment(payment.imp_uid)).resolves.toMatchObject({
        status: "paid",
        deposit_history: [expect.objectContaining({ amount: 7000 })],
      });
    });
  });

  describe("billing keys and subscriptions", () => {
    it("issues, looks up and deletes keys", async () => {
      const key = await iamport.issueBillingKey("cust-1", {
        pg: "nice.nictest04m",
        card_number: "1234-5678-9012-3456",
        expiry: "2030-12",
        birth: "900101",
      });
      expect(key).toMatchObject({
        customer_uid: "cust-1",
        pg_provider: "nice",
        pg_id: "nictest04m",
        card_number: "1234-****-****-3456",
      });
      await api.issueBillingKey({ customer_uid: "cust-2", merchant_uid: "issue-2", pg: "tosspayments" });
      const many = await iamport.getBillingKeys(["cust-1", "cust-2", "nobody"]);
      expect(many.map((k) => k.customer_uid)).toEqual(["cust-1", "cust-2"]);
      await iamport.deleteBillingKey("cust-1", { reason: "탈퇴" });
      await expect(iamport.getBillingKey("cust-1")).rejects.toMatchObject({ status: 404 });
    });

    it("charges a key through its own PG on channel api, requires name and refuses a reused merchant_uid", async () => {
      const issued = await api.issueBillingKey({
        customer_uid: "cust-3",
        merchant_uid: "issue-3",
        pg: "kcp_billing.IP0001",
      });
      expect(issued.payment).toMatchObject({ customer_uid_usage: "issue", customer_uid: "cust-3" });
      await expect(
        iamport.payWithBillingKey({ customer_uid: "cust-3", merchant_uid: "sub-1", amount: 9900 } as never),
      ).rejects.toMatchObject({ apiMessage: "필수 파라미터가 누락되었습니다: name." });
      const paid = await iamport.payWithBillingKey({
        customer_uid: "cust-3",
        merchant_uid: "sub-1",
        amount: 9900,
        name: "월 구독",
      });
      expect(paid).toMatchObject({
        status: "paid",
        channel: "api",
        pg_provider: "kcp_billing",
        pg_id: "IP0001",
        customer_uid_usage: "payment",
      });
      await expect(
        iamport.payWithBillingKey({ customer_uid: "cust-3", merchant_uid: "sub-1", amount: 9900, name: "월 구독" }),
      ).rejects.toMatchObject({ apiMessage: expect.stringContaining("이미 결제가 완료된 merchant_uid(sub-1)") });
      expect(hooks.posts.at(-1)).toEqual({ imp_uid: paid.imp_uid, merchant_uid: "sub-1", status: "paid" });
      const onetime = await iamport.payOnetime({
        merchant_uid: "one-1",
        amount: 500,
        card_number: "1111-2222-3333-4444",
        expiry: "2030-01",
      });
      expect(onetime).toMatchObject({ status: "paid", channel: "api", customer_uid: null });
    });

    it("stores, lists and revokes schedules, and runs the due ones with webhooks", async () => {
      api.addBillingKey({ customer_uid: "cust-4" });
      const at = Math.floor(Date.now() / 1000) + 3600;
      const created = await iamport.schedulePayments({
        customer_uid: "cust-4",
        schedules: [
          { merchant_uid: "sch-1", schedule_at: at, amount: 1000, currency: "KRW", name: "1회차" },
          { merchant_uid: "sch-2", schedule_at: at + 10, amount: 2_000_000, currency: "KRW", name: "2회차" },
          { merchant_uid: "sch-3", schedule_at: at + 20, amount: 1000, currency: "KRW", name: "3회차" },
        ],
      });
      expect(created.map((s) => s.schedule_status)).toEqual(["scheduled", "scheduled", "scheduled"]);
      await expect(
        iamport.schedulePayments({
          customer_uid: "cust-4",
          schedules: [{ merchant_uid: "sch-1", schedule_at: at, amount: 1, currency: "KRW", name: "x" }],
        }),
      ).rejects.toMatchObject({ apiMessage: "이미 등록된 merchant_uid(sch-1)입니다." });
      await iamport.unschedulePayments({ customer_uid: "cust-4", merchant_uid: ["sch-3"] });
      await expect(iamport.getSchedule("sch-3")).resolves.toMatchObject({ schedule_status: "revoked" });
      expect(
        (await iamport.getSchedulesByCustomer("cust-4", { from: 0, to: at + 100, status: "scheduled" })).map(
          (s) => s.merchant_uid,
        ),
      ).toEqual(["sch-2", "sch-1"]);
      expect(await api.runSchedules(Date.now())).toEqual([]);
      const payments = await api.runSchedules((at + 60) * 1000);
      expect(payments.map((p) => [p.merchant_uid, p.status, p.customer_uid_usage])).toEqual([
        ["sch-1", "paid", "payment.scheduled"],
        ["sch-2", "failed", "payment.scheduled"],
      ]);
      expect(hooks.posts.map((p) => `${p.merchant_uid}:${p.status}`)).toEqual(["sch-1:paid", "sch-2:failed"]);
      await expect(iamport.getSchedule("sch-2")).resolves.toMatchObject({
        schedule_status: "executed",
        payment_status: "failed",
        fail_reason: "한도초과",
      });
      const range = await iamport.getSchedules({ from: at - 1, to: at + 100, status: "executed" });
      expect(range.map((s) => s.merchant_uid)).toEqual(["sch-2", "sch-1"]);
      await expect(iamport.getBillingKeyPayments("cust-4")).resolves.toMatchObject({ total: 2 });
    });

    it("accepts a form-encoded schedule with bracketed keys", async () => {
      api.addBillingKey({ customer_uid: "cust-5" });
      const { access_token: token } = await getToken();
      const at = String(Math.floor(Date.now() / 1000) + 60);
      const response = await fetch(`${baseUrl}/subscribe/payments/schedule`, {
        method: "POST",
        headers: { "x-imptokenheader": token, "content-type": "application/x-www-form-urlencoded" },
        body:
          "customer_uid=cust-5&schedules[0][merchant_uid]=f-1" +
          `&schedules[0][schedule_at]=${at}&schedules[0][amount]=300&schedules[0][name]=x`,
      });
      expect(await response.json()).toMatchObject({ code: 0, response: [{ merchant_uid: "f-1", amount: 300 }] });
    });
  });

  describe("certifications, virtual accounts, receipts and escrow", () => {
    it("looks up and deletes certifications", async () => {
      const { certification } = api.certify({ merchant_uid: "cert-1", name: "김철수" });
      await expect(iamport.getCertification(certification.imp_uid)).resolves.toMatchObject({
        name: "김철수",
        certified: true,
      });
      await iamport.deleteCertification(certification.imp_uid);
      await expect(iamport.getCertification(certification.imp_uid)).rejects.toMatchObject({ status: 404 });
      expect(api.certify({ merchant_uid: "cert-2" }, { outcome: "cancelled" })).toMatchObject({
        certification: { certified: false, unique_key: null },
        error: { error_code: "F001" },
      });
    });

    it("issues, changes and revokes a virtual account, and looks up an account holder", async () => {
      const due = Math.floor(Date.now() / 1000) + 86_400;
      const vbank = await iamport.issueVbank({
        channel_key: "ch",
        merchant_uid: "vb-1",
        amount: 12_000,
        vbank_code: "004",
        vbank_due: due,
        vbank_holder: "상점",
      });
      expect(vbank).toMatchObject({ status: "ready", pay_method: "vbank", channel: "api", vbank_date: due });
      await expect(iamport.updateVbank(vbank.imp_uid, { amount: 11_000 })).resolves.toMatchObject({ amount: 11_000 });
      await expect(iamport.cancelVbank(vbank.imp_uid)).resolves.toMatchObject({ status: "cancelled" });
      await expect(iamport.cancelVbank(vbank.imp_uid)).rejects.toMatchObject({ status: 400 });
      await expect(iamport.getVbankHolder("004", "123-456-789")).resolves.toEqual({ bank_holder: "홍길동" });
      await expect(iamport.getVbankHolder("004", "1230")).rejects.toMatchObject({ status: 404 });
    });

    it("issues a cash receipt once for a paid payment, and registers escrow deliveries", async () => {
      const { payment } = await api.pay({ merchant_uid: "rc-1", amount: 11_000, pay_method: "trans", escrow: true });
      const receipt = await iamport.issueReceipt(payment.imp_uid, { identifier: "01012345678", type: "person" });
      expect(receipt).toMatchObject({ amount: 11_000, vat: 1000, cancelled_at: 0 });
      await expect(iamport.issueReceipt(payment.imp_uid, { identifier: "01012345678" })).rejects.toMatchObject({
        status: 400,
      });
      await expect(iamport.getReceipt(payment.imp_uid)).resolves.toMatchObject({ apply_num: receipt.apply_num });
      await expect(iamport.cancelReceipt(payment.imp_uid)).resolves.toMatchObject({ cancelled_at: expect.any(Number) });
      const delivery = {
        sender: { name: "상점", tel: "0212345678", addr: "서울", postcode: "01234" },
        receiver: { name: "구매자", tel: "01012345678", addr: "부산", postcode: "56789" },
        logis: { company: "CJGLS", invoice: "123456789", sent_at: Math.floor(Date.now() / 1000) },
      };
      await expect(iamport.getEscrowDelivery(payment.imp_uid)).rejects.toMatchObject({ status: 409 });
      await expect(iamport.registerEscrowDelivery(payment.imp_uid, delivery)).resolves.toMatchObject({
        company: "CJGLS",
      });
      await expect(iamport.registerEscrowDelivery(payment.imp_uid, delivery)).rejects.toMatchObject({ status: 409 });
      await expect(
        iamport.updateEscrowDelivery(payment.imp_uid, { ...delivery, logis: { ...delivery.logis, invoice: "999" } }),
      ).resolves.toMatchObject({ invoice: "999" });
    });
  });

  describe("the client", () => {
    it("reaches any operation through request(), typed from the spec", async () => {
      const { payment } = await api.pay({ merchant_uid: "order-req", amount: 4200 });
      const found = await iamport.request("GET", "/payments/{imp_uid}", { params: { imp_uid: payment.imp_uid } });
      expect(found.amount).toBe(4200);
      const all = await iamport.request("GET", "/payments/findAll/{merchant_uid}/{payment_status}", {
        params: { merchant_uid: "order-req", payment_status: "paid" },
        query: { sorting: "-paid" },
      });
      expect(all.list?.map((p) => p.imp_uid)).toEqual([payment.imp_uid]);
      await expect(iamport.request("GET", "/payments/{imp_uid}", { params: { imp_uid: "" } })).rejects.toThrow(
        "`imp_uid` is required",
      );
    });

    it("ends a call aborted by the caller's signal with an error that says so, without retrying", async () => {
      api.setLatency(500);
      const controller = new AbortController();
      const call = iamport.getPayment("imp_1", { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await expect(call).rejects.toMatchObject({
        kind: "timeout",
        message: expect.stringContaining("aborted by the caller"),
      });
      expect(api.requests.filter((r) => r.path === "/payments/imp_1")).toHaveLength(0);
    });
  });

  afterAll(() => {
    // Every successful answer seen above conforms to the vendor's spec.
    const failures = [...checker.seen].filter(([, errors]) => errors.length);
    expect(failures).toEqual([]);
  });
});

describe("answers checked against the vendor's spec", () => {
  it("refuses an answer that breaks the spec (a missing required field, a status outside the set)", () => {
    const bad = { code: 0, message: null, response: { imp_uid: "imp_1", status: "weird" } };
    expect(checkAnswer("GET", "/payments/imp_1", bad)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("must have required property 'sandbox'"),
        expect.stringContaining("status must be equal to one of the allowed values"),
      ]),
    );
  });

  it("covers every endpoint the client's named methods reach", () => {
    expect([...checker.seen.keys()].sort()).toEqual(
      expect.arrayContaining([
        "GET /payments/{imp_uid}",
        "GET /payments",
        "GET /payments/find/{merchant_uid}",
        "GET /payments/find/{merchant_uid}/{payment_status}",
        "POST /payments/cancel",
        "GET /payments/{imp_uid}/balance",
        "POST /payments/prepare",
        "PUT /payments/prepare",
        "GET /payments/prepare/{merchant_uid}",
        "GET /subscribe/customers",
        "POST /subscribe/customers/{customer_uid}",
        "DELETE /subscribe/customers/{customer_uid}",
        "POST /subscribe/payments/again",
        "POST /subscribe/payments/onetime",
        "POST /subscribe/payments/schedule",
        "POST /subscribe/payments/unschedule",
        "GET /subscribe/payments/schedule/{merchant_uid}",
        "GET /subscribe/payments/schedule",
        "GET /subscribe/customers/{customer_uid}/schedules",
        "GET /subscribe/customers/{customer_uid}/payments",
        "GET /certifications/{imp_uid}",
        "DELETE /certifications/{imp_uid}",
        "POST /vbanks",
        "PUT /vbanks/{imp_uid}",
        "DELETE /vbanks/{imp_uid}",
        "GET /vbanks/holder",
        "POST /receipts/{imp_uid}",
        "GET /receipts/{imp_uid}",
        "DELETE /receipts/{imp_uid}",
        "POST /escrows/logis/{imp_uid}",
        "PUT /escrows/logis/{imp_uid}",
        "GET /payments/findAll/{merchant_uid}/{payment_status}",
        "POST /users/getToken",
      ]),
    );
    expect([...checker.seen].filter(([, errors]) => errors.length)).toEqual([]);
  });
});

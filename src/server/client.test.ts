import { createIamportClient, IamportApiError } from "../server";
import { createFakeIamportApi, type FakeIamportApi } from "../testing";

let api: FakeIamportApi;
let baseUrl: string;
let close: () => Promise<void>;

beforeEach(async () => {
  api = createFakeIamportApi({ tiers: ["A01"] });
  ({ url: baseUrl, close } = await api.listen());
});
afterEach(() => close());

const client = (extra: Partial<Parameters<typeof createIamportClient>[0]> = {}) =>
  createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", baseUrl, ...extra });
const tokenRequests = () => api.requests.filter((r) => r.path === "/users/getToken").length;

describe("createIamportClient", () => {
  describe("credentials", () => {
    afterEach(() => vi.unstubAllEnvs());

    it("constructs without credentials (builds need no secrets); the first request names what is missing", async () => {
      vi.stubEnv("IAMPORT_API_KEY", "");
      vi.stubEnv("IAMPORT_API_SECRET", "");
      const iamport = createIamportClient({ fetch: api.fetch });
      await expect(iamport.getPayment("imp_1")).rejects.toThrow(
        "createIamportClient: `apiKey` is missing. Pass it, or set IAMPORT_API_KEY",
      );
      await expect(createIamportClient({ apiKey: "k", fetch: api.fetch }).getPayment("imp_1")).rejects.toThrow(
        "`apiSecret` is missing. Pass it, or set IAMPORT_API_SECRET",
      );
      expect(api.requests).toEqual([]);
    });

    it("reads IAMPORT_API_KEY, IAMPORT_API_SECRET and IAMPORT_TIER_CODE at request time", async () => {
      const iamport = createIamportClient({ fetch: api.fetch });
      vi.stubEnv("IAMPORT_API_KEY", "test_api_key");
      vi.stubEnv("IAMPORT_API_SECRET", "test_api_secret");
      const payment = api.addPayment({ merchant_uid: "order-env", amount: 1000 });
      await expect(iamport.getPayment(payment.imp_uid)).resolves.toMatchObject({ amount: 1000 });
      vi.stubEnv("IAMPORT_TIER_CODE", "T01");
      const tiered = createIamportClient({ fetch: api.fetch });
      await tiered.getPayment(payment.imp_uid).catch(() => undefined);
      expect(api.requests.at(-1)).toMatchObject({ tier: "T01" });
    });
  });

  it("gets a token once and reuses it, sending it as a Bearer header", async () => {
    const payment = api.addPayment({ merchant_uid: "order-1", amount: 1000 });
    const iamport = client();
    await expect(iamport.getPayment(payment.imp_uid)).resolves.toMatchObject({
      imp_uid: payment.imp_uid,
      amount: 1000,
      status: "paid",
    });
    await iamport.findPaymentByMerchantUid("order-1");
    expect(tokenRequests()).toBe(1);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /users/getToken",
      `GET /payments/${payment.imp_uid}`,
      "GET /payments/find/order-1",
    ]);
  });

  it("refreshes once, for all concurrent calls, when the token expired mid-flow", async () => {
    const payment = api.addPayment({ merchant_uid: "order-2", amount: 1000 });
    const iamport = client();
    await iamport.getPayment(payment.imp_uid);
    api.expireTokens();
    const results = await Promise.all(Array.from({ length: 5 }, () => iamport.getPayment(payment.imp_uid)));
    expect(results.every((p) => p.imp_uid === payment.imp_uid)).toBe(true);
    expect(tokenRequests()).toBe(2);
  });

  it("refreshes shortly before expired_at instead of sending a token about to lapse", async () => {
    api = createFakeIamportApi({ tokenTtlSeconds: 30 });
    const iamport = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch });
    const payment = api.addPayment({ merchant_uid: "order-3", amount: 1000 });
    await iamport.getPayment(payment.imp_uid);
    await iamport.getPayment(payment.imp_uid);
    expect(tokenRequests()).toBe(2);
  });

  it("sends the Tier header for a sub-merchant and sees only its payments", async () => {
    const own = api.addPayment({ merchant_uid: "order-4", amount: 500, tier: "A01" });
    const other = api.addPayment({ merchant_uid: "order-5", amount: 500 });
    const sub = client({ tierCode: "A01" });
    await expect(sub.getPayment(own.imp_uid)).resolves.toMatchObject({ merchant_uid: "order-4" });
    await expect(sub.getPayment(other.imp_uid)).rejects.toMatchObject({ status: 404 });
    expect(api.requests.filter((r) => r.path.startsWith("/payments")).map((r) => r.tier)).toEqual(["A01", "A01"]);
    await expect(client({ tierCode: "Z99" }).getPayment(own.imp_uid)).rejects.toMatchObject({
      kind: "auth",
      apiMessage: "하위가맹점(Z99) 권한이 없습니다.",
    });
  });

  it("raises i'mport's own message for a non-zero code and for an unknown id", async () => {
    const payment = api.addPayment({ merchant_uid: "order-6", amount: 1000 });
    const iamport = client();
    await iamport.cancelPayment({ imp_uid: payment.imp_uid, reason: "test" });
    const again = iamport.cancelPayment({ imp_uid: payment.imp_uid, reason: "test" });
    await expect(again).rejects.toBeInstanceOf(IamportApiError);
    await expect(again).rejects.toMatchObject({ kind: "api", apiCode: 1, apiMessage: "이미 전액취소된 주문입니다." });
    await expect(iamport.getPayment("imp_000000000000")).rejects.toMatchObject({
      kind: "http",
      status: 404,
      apiMessage: "존재하지 않는 결제정보입니다.",
    });
  });

  it("looks up several payments or keys: a 207 resolves the ones found, a 404 (none found) resolves []", async () => {
    const payment = api.addPayment({ merchant_uid: "order-many", amount: 1000 });
    api.addBillingKey({ customer_uid: "cust-many" });
    const iamport = client({ retries: 0 });
    await expect(iamport.getPayments(["imp_000000000000"])).resolves.toEqual([]);
    const some = await iamport.getPayments([payment.imp_uid, "imp_000000000000"]);
    expect(some.map((p) => p.imp_uid)).toEqual([payment.imp_uid]);
    await expect(iamport.getBillingKeys(["nope"])).resolves.toEqual([]);
    const keys = await iamport.getBillingKeys(["cust-many", "nope"]);
    expect(keys.map((k) => k.customer_uid)).toEqual(["cust-many"]);
    // Only the 404 means "none found": other failures still reject.
    const down = client({ retries: 0, fetch: async () => new Response("busy", { status: 503 }) });
    await expect(down.getPayments([payment.imp_uid])).rejects.toMatchObject({ status: 503 });
    await expect(iamport.getPayments([])).rejects.toThrow("`getPayments`: `impUids` must be a non-empty array");
  });

  it("refuses a cancel whose checksum is not the refundable balance", async () => {
    const payment = api.addPayment({ merchant_uid: "order-7", amount: 1000 });
    await expect(
      client().cancelPayment({ imp_uid: payment.imp_uid, reason: "x", amount: 300, checksum: 999 }),
    ).rejects.toMatchObject({ apiMessage: expect.stringContaining("취소가능잔액(1000)") });
    expect(api.payments.get(payment.imp_uid)?.cancel_amount).toBe(0);
  });

  it("retries GETs on 5xx but never repeats a POST", async () => {
    const payment = api.addPayment({ merchant_uid: "order-8", amount: 1000 });
    let failures = 0;
    const flaky = client({
      fetch: async (input, init) => {
        const path = new URL(String(input)).pathname;
        if (path !== "/users/getToken" && failures++ < 2) return new Response("busy", { status: 503 });
        return fetch(input, init);
      },
    });
    await expect(flaky.getPayment(payment.imp_uid)).resolves.toMatchObject({ status: "paid" });
    failures = 0;
    await expect(flaky.cancelPayment({ imp_uid: payment.imp_uid, reason: "x" })).rejects.toMatchObject({
      kind: "http",
      status: 503,
    });
    expect(api.requests.filter((r) => r.path === "/payments/cancel")).toHaveLength(0);
    expect(api.payments.get(payment.imp_uid)?.status).toBe("paid");
  });

  it("times out a request that takes too long", async () => {
    api.setLatency(300);
    await expect(client({ timeoutMs: 50, retries: 0 }).getPayment("imp_1")).rejects.toMatchObject({
      kind: "timeout",
      message: expect.stringContaining("timed out after 50 ms"),
    });
  });

  it("reports a declined billing-key charge by its status, not just by code 0", async () => {
    api.addBillingKey({ customer_uid: "customer-1" });
    const iamport = client();
    await expect(
      iamport.payWithBillingKey({ customer_uid: "customer-1", merchant_uid: "sub-1", amount: 9900, name: "월 구독" }),
    ).resolves.toMatchObject({ status: "paid", amount: 9900 });
    await expect(
      iamport.payWithBillingKey({
        customer_uid: "customer-1",
        merchant_uid: "sub-2",
        amount: 2_000_000,
        name: "월 구독",
      }),
    ).resolves.toMatchObject({ status: "failed", fail_reason: "한도초과" });
    await expect(iamport.getBillingKey("customer-1")).resolves.toMatchObject({ card_number: "4092-****-****-1234" });
    await expect(iamport.preparePayment({ merchant_uid: "order-9", amount: 100 })).resolves.toEqual({
      merchant_uid: "order-9",
      amount: 100,
      currency: "KRW",
    });
  });

  it("fails with an auth error for wrong credentials", async () => {
    await expect(client({ apiSecret: "wrong" }).getPayment("imp_1")).rejects.toMatchObject({
      kind: "auth",
      status: 401,
    });
  });
});

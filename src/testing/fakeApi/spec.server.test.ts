// Where real clients depend on more than an answer's shape (status codes, cancel rules, ranges, pages, side
// effects), the fake answers as i'mport's own V1 spec says; each test cites the spec's words.
import { specCheckedClient, specCheckingFetch } from "../../../test/iamportSpec";
import { createIamportClient, type IamportClient } from "../../server";
import { createFakeIamportApi, type FakeIamportApi } from "../../testing";

const checker = specCheckingFetch();
let api: FakeIamportApi;
let iamport: IamportClient;
let baseUrl: string;
let close: () => Promise<void>;
let token: string;

beforeEach(async () => {
  api = createFakeIamportApi();
  ({ url: baseUrl, close } = await api.listen());
  iamport = specCheckedClient(baseUrl, checker, { retries: 0 });
  const r = await fetch(`${baseUrl}/users/getToken`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ imp_key: "test_api_key", imp_secret: "test_api_secret" }),
  });
  token = ((await r.json()) as { response: { access_token: string } }).response.access_token;
});
afterEach(() => close());
afterAll(() => {
  // Every successful answer seen here conforms to the vendor's spec.
  expect([...checker.seen].filter(([, errors]) => errors.length)).toEqual([]);
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many operations, read loosely
type Json = { code: number; message: string | null; response: any };
const call = async (method: string, path: string, body?: unknown) => {
  const r = await checker.fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: token, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: r.status, json: (await r.json()) as Json };
};
const now = () => Math.floor(Date.now() / 1000);
const uids = (list: { merchant_uid?: string | null }[]) => list.map((s) => s.merchant_uid);

const schedule = async (items: { merchant_uid: string; schedule_at: number }[]) => {
  api.addBillingKey({ customer_uid: "c_s" });
  const { json } = await call("POST", "/subscribe/payments/schedule", {
    customer_uid: "c_s",
    schedules: items.map((i) => ({ ...i, amount: 1000, name: "sub", currency: "KRW" })),
  });
  expect(json.code).toBe(0);
};

describe("the fake i'mport REST API, held to the vendor's spec", () => {
  describe("POST /payments/cancel", () => {
    // checksum: "null인 경우에는 검증 프로세스를 생략합니다."
    it("skips the checksum check when checksum is null, and still checks a number", async () => {
      const p = api.addPayment({ merchant_uid: "m3", amount: 1000 });
      const wrong = await call("POST", "/payments/cancel", { imp_uid: p.imp_uid, checksum: 999, reason: "x" });
      expect(wrong.json.code).not.toBe(0);
      const { json } = await call("POST", "/payments/cancel", { imp_uid: p.imp_uid, checksum: null, reason: "x" });
      expect(json).toMatchObject({ code: 0, message: null, response: { status: "cancelled", cancel_amount: 1000 } });
    });

    // Responses: only 200 and 401; a refusal is `code != 0` on HTTP 200 (the refund failed).
    it("refuses an unknown payment or a request without ids with HTTP 200 and a non-zero code", async () => {
      const unknown = await call("POST", "/payments/cancel", { imp_uid: "imp_000000000000", reason: "x" });
      expect([unknown.status, unknown.json.code === 0]).toEqual([200, false]);
      const byMerchant = await call("POST", "/payments/cancel", { merchant_uid: "nope", reason: "x" });
      expect([byMerchant.status, byMerchant.json.code === 0]).toEqual([200, false]);
      const none = await call("POST", "/payments/cancel", { reason: "x" });
      expect([none.status, none.json.code === 0]).toEqual([200, false]);
      await expect(iamport.cancelPayment({ imp_uid: "imp_000000000000", reason: "x" })).rejects.toMatchObject({
        kind: "api",
        status: 200,
        apiMessage: "존재하지 않는 결제정보입니다.",
      });
    });

    // enable_webhook: "true로 설정한 경우에 한해 고객사 웹훅 설정에 저장된 웹훅 경로로 취소 통보 웹훅을 전송합니다."
    it("sends the `cancelled` webhook only when enable_webhook is true", async () => {
      const posted: unknown[] = [];
      const hooked = createFakeIamportApi({
        webhookUrl: "http://merchant.test/hook",
        fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
          posted.push(JSON.parse(String(init?.body)));
          return new Response("ok");
        }) as typeof fetch,
      });
      const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: hooked.fetch });
      const quiet = hooked.addPayment({ merchant_uid: "m11-a", amount: 1000 });
      await client.cancelPayment({ imp_uid: quiet.imp_uid, reason: "x" });
      expect(posted).toEqual([]);
      const loud = hooked.addPayment({ merchant_uid: "m11-b", amount: 1000 });
      await client.cancelPayment({ imp_uid: loud.imp_uid, reason: "x", enable_webhook: true });
      expect(posted).toEqual([{ imp_uid: loud.imp_uid, merchant_uid: "m11-b", status: "cancelled" }]);
    });
  });

  describe("look-ups of several ids", () => {
    // GET /payments: 207 "요청된 imp_uid 중 일부 거래 조회 실패", 404 "해당되는 결제건을 찾지 못하였습니다."
    it("GET /payments?imp_uid[] answers 200 for all found, 207 for some, 404 for none", async () => {
      const p = api.addPayment({ merchant_uid: "m1", amount: 1000 });
      const all = await call("GET", `/payments?imp_uid[]=${p.imp_uid}`);
      expect([all.status, all.json.response.length]).toEqual([200, 1]);
      const some = await call("GET", `/payments?imp_uid[]=${p.imp_uid}&imp_uid[]=imp_000000000000`);
      expect([some.status, some.json.code, some.json.response.length]).toEqual([207, 0, 1]);
      const byMerchant = await call("GET", `/payments?merchant_uid[]=m1&merchant_uid[]=nope`);
      expect([byMerchant.status, byMerchant.json.response.length]).toEqual([207, 1]);
      const none = await call("GET", `/payments?imp_uid[]=imp_000000000000`);
      expect([none.status, none.json.code === 0, none.json.response]).toEqual([404, false, null]);
    });

    // GET /subscribe/customers: 207 "요청된 customer_uid 중 일부 빌키정보 조회 실패", 404 "유효하지 않은 customer_uid"
    it("GET /subscribe/customers?customer_uid[] answers 200 for all found, 207 for some, 404 for none", async () => {
      api.addBillingKey({ customer_uid: "c1" });
      const all = await call("GET", `/subscribe/customers?customer_uid[]=c1`);
      expect([all.status, all.json.response.length]).toEqual([200, 1]);
      const some = await call("GET", `/subscribe/customers?customer_uid[]=c1&customer_uid[]=nope`);
      expect([some.status, some.json.code, some.json.response.length]).toEqual([207, 0, 1]);
      const none = await call("GET", `/subscribe/customers?customer_uid[]=nope`);
      expect([none.status, none.json.code === 0]).toEqual([404, false]);
    });
  });

  describe("schedules", () => {
    // schedule_to / to: "'예약시각' < to" (exclusive); from: "from <= '예약시각'".
    it("GET /subscribe/payments/schedule takes schedule_from inclusive and schedule_to exclusive", async () => {
      const at = now() + 3600;
      await schedule([{ merchant_uid: "s1", schedule_at: at }]);
      const { json } = await call("GET", `/subscribe/payments/schedule?schedule_from=0&schedule_to=${at}`);
      expect(json.response).toEqual([]);
      const from = await call("GET", `/subscribe/payments/schedule?schedule_from=${at}&schedule_to=${at + 1}`);
      expect(uids(from.json.response)).toEqual(["s1"]);
    });

    it("the per-customer schedule routes take `from` inclusive and `to` exclusive", async () => {
      const at = now() + 3600;
      await schedule([{ merchant_uid: "s1", schedule_at: at }]);
      for (const path of ["/subscribe/customers/c_s/schedules", "/subscribe/payments/schedule/customers/c_s"]) {
        expect((await call("GET", `${path}?from=0&to=${at}`)).json.response).toEqual([]);
        expect(uids((await call("GET", `${path}?from=${at}&to=${at + 1}`)).json.response)).toEqual(["s1"]);
      }
      await expect(iamport.getSchedulesByCustomer("c_s", { from: 0, to: at })).resolves.toEqual([]);
    });

    // from, to: "required": true; 400 "검색 파라메터가 유효하지 않은 경우".
    it("the per-customer schedule routes answer 400 without from/to, and the client requires them", async () => {
      await schedule([{ merchant_uid: "s1", schedule_at: now() + 3600 }]);
      const a = await call("GET", `/subscribe/customers/c_s/schedules`);
      const b = await call("GET", `/subscribe/payments/schedule/customers/c_s?from=0`);
      expect([a.status, b.status, a.json.code === 0, b.json.code === 0]).toEqual([400, 400, false, false]);
      // @ts-expect-error: `from` and `to` are required, as the spec says
      await expect(iamport.getSchedulesByCustomer("c_s", {})).rejects.toMatchObject({ status: 400 });
    });

    // limit: "(최대 1000건, 기본값 20건)", page, sorting: "scheduled : 예약일자 과거순 (Default : 예약일자 최신순)".
    it("GET /subscribe/payments/schedule sorts newest first (oldest with sorting=scheduled) and pages", async () => {
      const at = now() + 3600;
      await schedule([
        { merchant_uid: "s1", schedule_at: at },
        { merchant_uid: "s3", schedule_at: at + 120 },
        { merchant_uid: "s2", schedule_at: at + 60 },
      ]);
      const range = `schedule_from=0&schedule_to=${at + 999}`;
      expect(uids((await call("GET", `/subscribe/payments/schedule?${range}`)).json.response)).toEqual([
        "s3",
        "s2",
        "s1",
      ]);
      const oldest = await call("GET", `/subscribe/payments/schedule?${range}&sorting=scheduled`);
      expect(uids(oldest.json.response)).toEqual(["s1", "s2", "s3"]);
      expect(uids((await call("GET", `/subscribe/payments/schedule?${range}&limit=1`)).json.response)).toEqual(["s3"]);
      const second = await call("GET", `/subscribe/payments/schedule?${range}&limit=2&page=2`);
      expect(uids(second.json.response)).toEqual(["s1"]);
      const page = await iamport.getSchedules({ from: 0, to: at + 999, limit: 1, page: 2, sorting: "scheduled" });
      expect(uids(page)).toEqual(["s2"]);
    });

    it("GET /subscribe/payments/schedule answers 20 a page by default and at most 1000", async () => {
      const at = now() + 3600;
      await schedule(Array.from({ length: 25 }, (_, i) => ({ merchant_uid: `s${i}`, schedule_at: at + i })));
      const range = `schedule_from=0&schedule_to=${at + 999}`;
      expect((await call("GET", `/subscribe/payments/schedule?${range}`)).json.response).toHaveLength(20);
      expect((await call("GET", `/subscribe/payments/schedule?${range}&page=2`)).json.response).toHaveLength(5);
      expect((await call("GET", `/subscribe/payments/schedule?${range}&limit=5000`)).json.response).toHaveLength(25);
    });
  });

  // POST /vbanks: vbank_code "required": true; the account is issued at that bank.
  it("POST /vbanks answers the vbank_name of the requested vbank_code", async () => {
    const issue = (merchantUid: string, code: string) =>
      iamport.issueVbank({
        channel_key: "ch",
        merchant_uid: merchantUid,
        amount: 1000,
        vbank_code: code,
        vbank_due: now() + 86400,
        vbank_holder: "홍길동",
      });
    await expect(issue("v1", "088")).resolves.toMatchObject({ vbank_code: "088", vbank_name: "신한은행" });
    await expect(issue("v2", "004")).resolves.toMatchObject({ vbank_code: "004", vbank_name: "KB국민은행" });
    await expect(issue("v3", "092")).resolves.toMatchObject({ vbank_name: "토스뱅크" });
    await expect(issue("v4", "999")).resolves.toMatchObject({ vbank_code: "999", vbank_name: "999" });
  });

  // POST /escrows/logis/{imp_uid}: 409 "해당거래건은 배송정보를 등록할 수 없는경우".
  it("POST /escrows/logis/{imp_uid} refuses a payment that is not escrow, and takes an escrow one", async () => {
    const delivery = {
      sender: { name: "a", tel: "010", addr: "x", postcode: "1" },
      receiver: { name: "b", tel: "010", addr: "y", postcode: "2" },
      logis: { company: "CJGLS", invoice: "123", sent_at: now() },
    };
    const plain = api.addPayment({ merchant_uid: "m7", amount: 1000, escrow: false });
    const { status, json } = await call("POST", `/escrows/logis/${plain.imp_uid}`, delivery);
    expect([status, json.code === 0]).toEqual([409, false]);
    const { payment } = await api.pay({ merchant_uid: "m7-e", amount: 1000, pay_method: "trans", escrow: true });
    expect(payment.escrow).toBe(true);
    await expect(iamport.registerEscrowDelivery(payment.imp_uid, delivery)).resolves.toMatchObject({
      company: "CJGLS",
    });
  });

  // GET /payments/status/{payment_status} (결제상태기준 복수조회): PaymentListResponse; 400 for a bad status or page.
  it("GET /payments/status/{payment_status} lists payments by status, paged, in from/to", async () => {
    const paid = api.addPayment({ merchant_uid: "m8-1", amount: 1000 });
    const later = api.addPayment({ merchant_uid: "m8-2", amount: 2000 });
    const failed = api.addPayment({ merchant_uid: "m8-3", amount: 3000, status: "failed" });
    const { status, json } = await call("GET", "/payments/status/paid");
    expect([status, json.response.total]).toEqual([200, 2]);
    expect(json.response.list.map((p: { imp_uid: string }) => p.imp_uid)).toEqual([later.imp_uid, paid.imp_uid]);
    const all = await call("GET", "/payments/status/all?limit=1&page=2&sorting=started");
    expect(all.json.response).toMatchObject({ total: 3, previous: 1, next: 3, list: [{ imp_uid: later.imp_uid }] });
    expect((await call("GET", "/payments/status/failed")).json.response.list).toMatchObject([
      { imp_uid: failed.imp_uid },
    ]);
    const past = await call("GET", `/payments/status/all?from=${now() - 200}&to=${now() - 100}`);
    expect(past.json.response.total).toBe(0);
    expect((await call("GET", "/payments/status/refunded")).status).toBe(400);
    expect((await call("GET", "/payments/status/paid?page=9")).status).toBe(400);
    await expect(
      iamport.request("GET", "/payments/status/{payment_status}", { params: { payment_status: "paid" } }),
    ).resolves.toMatchObject({ total: 2 });
  });
});

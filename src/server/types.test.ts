import { readFile } from "node:fs/promises";
// @ts-expect-error: a plain .mjs script without declarations
import { generate, OUTPUT, patchSpec } from "../../scripts/gen-api.mjs";
import { createIamportClient } from "./client";
import type { BillingKey, Certification, Payment } from "./types";

describe("the generated REST types", () => {
  it("are what `npm run gen:api` produces from spec/ today (run it after changing the spec or patches)", async () => {
    expect(await generate()).toBe(await readFile(OUTPUT, "utf8"));
  }, 60_000);

  it("patch the spec where it names fields that do not exist, and refuse a spec whose errors moved", async () => {
    const spec = JSON.parse(await readFile(new URL("../../spec/iamport-v1.openapi.json", import.meta.url), "utf8"));
    expect(spec.definitions.PaymentPrepareAnnotation.required).toEqual(["total", "previous", "next"]);
    const { spec: patched } = patchSpec(structuredClone(spec));
    expect(patched.definitions.PaymentPrepareAnnotation.required).toEqual(["merchant_uid", "amount"]);
    expect(patched.definitions.SucceededChannelAnnotation.required).toContain("updated");
    delete spec.definitions.VbankDepositAnnotation.required;
    expect(() => patchSpec(spec)).toThrow("VbankDepositAnnotation.required no longer names reason");
  });

  it("say what i'mport answers: required ids, integer timestamps, nullable details, refund history", () => {
    const payment: Payment = {
      imp_uid: "imp_1",
      merchant_uid: "order-1",
      amount: 1000,
      cancel_amount: 300,
      currency: "KRW",
      status: "paid",
      sandbox: false,
      pg_tid: null,
      paid_at: 1_700_000_000,
      failed_at: 0,
      cancel_history: [
        { pg_tid: "c1", amount: 300, cancelled_at: 1_700_000_100, reason: "partial", cancellation_id: "x" },
      ],
      cancel_receipt_urls: ["https://receipt.example/1"],
    };
    // @ts-expect-error: timestamps are integers (0 when they do not apply), never null
    const timestamp: Payment["paid_at"] = null;
    // @ts-expect-error: a payment without `sandbox` is not what i'mport answers
    const partial: Payment = { ...payment, sandbox: undefined };
    const key: BillingKey["pg_id" | "inserted" | "updated" | "sandbox"] = "pg";
    const certification: Certification["foreigner_v2"] = null;
    expect([payment.status, timestamp, partial.imp_uid, key, certification]).toEqual([
      "paid",
      null,
      "imp_1",
      "pg",
      null,
    ]);
  });

  it("type client.request() from the spec: unknown paths, missing ids and wrong bodies do not compile", async () => {
    const client = createIamportClient({
      apiKey: "k",
      apiSecret: "s",
      fetch: async () => new Response(null, { status: 503 }),
      retries: 0,
    });
    const calls = [
      // @ts-expect-error: not an operation of the spec
      () => client.request("GET", "/payments/{imp_uid}/refund", { params: { imp_uid: "imp_1" } }),
      // @ts-expect-error: the path id is required
      () => client.request("GET", "/payments/{imp_uid}", {}),
      () =>
        client.request("POST", "/subscribe/payments/again", {
          // @ts-expect-error: `again` requires a body with name
          body: { customer_uid: "c", merchant_uid: "m", amount: 1 },
        }),
      () =>
        client.request("GET", "/payments/find/{merchant_uid}/{payment_status}", {
          // @ts-expect-error: payment_status is one of ready, paid, cancelled, failed
          params: { merchant_uid: "m", payment_status: "done" },
        }),
    ];
    const typed: Promise<Payment> = client.request("GET", "/payments/{imp_uid}", { params: { imp_uid: "imp_1" } });
    await expect(typed).rejects.toMatchObject({ kind: "http", status: 503 });
    expect(calls).toHaveLength(4);
  });
});

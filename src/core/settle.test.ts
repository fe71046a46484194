import { runtime, type PageConfig } from "./runtime";
import { settleResult } from "./settle";

const config = (verify: PageConfig["verify"]): PageConfig => ({ userCode: "imp12345678", verify });

describe("settleResult", () => {
  it("posts a result once and journals nothing when the same imp_uid arrives again after its answer", async () => {
    const verify = vi.fn(async () => ({ status: "paid" as const }));
    const ctx = { type: "payment" as const, merchant_uid: "order-1" };
    await expect(settleResult(ctx, { imp_uid: "imp_1" }, config(verify))).resolves.toMatchObject({ status: "paid" });
    await expect(settleResult(ctx, { imp_uid: "imp_1" }, config(verify))).resolves.toMatchObject({ status: "paid" });
    expect(verify).toHaveBeenCalledTimes(1);
    // A stale entry here would be posted again by the next page load.
    expect(runtime.journal.unverified()).toEqual([]);
  });
});

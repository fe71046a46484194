import { journal } from "./journal";
import { settleResult, type Pipeline } from "./session";

const pipeline = (verify: Pipeline["verify"]): Pipeline => ({ userCode: "imp12345678", verify, emit: () => undefined });

describe("settleResult", () => {
  it("posts a result once and leaves nothing journaled when the same imp_uid arrives again after its answer", async () => {
    const verify = vi.fn(async () => ({ status: "paid" as const }));
    const ctx = { type: "payment" as const, merchant_uid: "order-1" };
    await expect(settleResult(ctx, { imp_uid: "imp_1" }, pipeline(verify))).resolves.toMatchObject({ status: "paid" });
    await expect(settleResult(ctx, { imp_uid: "imp_1" }, pipeline(verify))).resolves.toMatchObject({ status: "paid" });
    expect(verify).toHaveBeenCalledTimes(1);
    // A stale entry here would be posted again by the next page load.
    expect(journal.unverified()).toEqual([]);
  });
});

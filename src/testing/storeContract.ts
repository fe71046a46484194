import type { HandlerStore } from "../server/store";

/** The test functions of your runner (vitest, jest, node:test wrappers): passed in, so nothing is imported. */
export interface StoreContractRunner {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => Promise<void>, timeout?: number) => void;
  expect: (value: unknown) => {
    toBe(expected: unknown): void;
    toEqual(expected: unknown): void;
    toBeUndefined(): void;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The behaviour every `HandlerStore` must have for "fulfilled once" to hold: run it against your own store
 * (Postgres, DynamoDB, …) with `storeContract("my store", () => makeStore(), { describe, it, expect })`.
 * `makeStore` is called once per test and should give an empty store (e.g. a fresh key prefix).
 */
export function storeContract(
  name: string,
  makeStore: () => HandlerStore | Promise<HandlerStore>,
  { describe, it, expect }: StoreContractRunner,
) {
  describe(`${name} (HandlerStore contract)`, () => {
    it("lets the first claim of a key win and tells later owners who holds it", async () => {
      const store = await makeStore();
      expect(await store.claim("k", "a", 10_000)).toEqual({ state: "won" });
      expect(await store.claim("k", "b", 10_000)).toEqual({ state: "held", owner: "a" });
      expect(await store.claim("other", "b", 10_000)).toEqual({ state: "won" });
    });

    it("renews the lock when its owner claims again", async () => {
      const store = await makeStore();
      await store.claim("k", "a", 300);
      await sleep(150);
      expect(await store.claim("k", "a", 1000)).toEqual({ state: "won" });
      await sleep(300);
      expect(await store.claim("k", "b", 1000)).toEqual({ state: "held", owner: "a" });
    });

    it("lets exactly one of many concurrent claims win", async () => {
      const store = await makeStore();
      const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => store.claim("k", `o${i}`, 10_000)));
      expect(claims.filter((claim) => claim.state === "won").length).toBe(1);
    });

    it("keeps the owner's settled value and answers it to every later claim and get", async () => {
      const store = await makeStore();
      const value = { answer: { status: "paid", amount: 64900 }, merchant_uid: "order-1", list: [1, "2"] };
      await store.claim("k", "a", 10_000);
      expect(await store.settle("k", "a", value)).toBe(true);
      expect(await store.get("k")).toEqual(value);
      expect(await store.claim("k", "b", 10_000)).toEqual({ state: "settled", value });
      expect(await store.settle("k", "b", { other: true })).toBe(false);
      expect(await store.settle("k", "a", { again: true })).toBe(false);
      expect(await store.get("k")).toEqual(value);
    });

    it("refuses a settle by someone who does not hold the lock", async () => {
      const store = await makeStore();
      await store.claim("k", "a", 10_000);
      expect(await store.settle("k", "b", { forged: true })).toBe(false);
      expect(await store.get("k")).toBeUndefined();
      expect(await store.claim("k", "b", 10_000)).toEqual({ state: "held", owner: "a" });
    });

    it("settles a key nobody holds (a mark written without a lock)", async () => {
      const store = await makeStore();
      expect(await store.settle("mark", "a", { by: "verify" })).toBe(true);
      expect(await store.settle("mark", "b", { by: "webhook" })).toBe(false);
      expect(await store.get("mark")).toEqual({ by: "verify" });
    });

    it("frees a lock on release by its owner only", async () => {
      const store = await makeStore();
      await store.claim("k", "a", 10_000);
      await store.release("k", "b");
      expect(await store.claim("k", "b", 10_000)).toEqual({ state: "held", owner: "a" });
      await store.release("k", "a");
      expect(await store.claim("k", "b", 10_000)).toEqual({ state: "won" });
      expect(await store.get("k")).toBeUndefined();
    });

    it("lets a lock whose owner died expire, and then refuses the old owner's settle", async () => {
      const store = await makeStore();
      await store.claim("k", "dead", 150);
      await sleep(400);
      expect(await store.claim("k", "survivor", 10_000)).toEqual({ state: "won" });
      expect(await store.settle("k", "dead", { late: true })).toBe(false);
      expect(await store.settle("k", "survivor", { status: "paid" })).toBe(true);
      expect(await store.get("k")).toEqual({ status: "paid" });
    });

    it("gives nothing for a key never settled, and does not let a release erase an answer", async () => {
      const store = await makeStore();
      expect(await store.get("never")).toBeUndefined();
      await store.claim("k", "a", 10_000);
      await store.settle("k", "a", 1);
      await store.release("k", "a");
      expect(await store.get("k")).toBe(1);
    });
  });
}

import { getEventListeners } from "node:events";
import { createMemoryStore, StoreUnavailableError } from "../server";
import { storeContract } from "../testing";
import { once } from "./store";

storeContract("createMemoryStore", () => createMemoryStore(), { describe, it, expect });

describe("createMemoryStore", () => {
  it("refuses new locks past maxClaims instead of evicting anything", async () => {
    const store = createMemoryStore({ maxClaims: 3 });
    await store.claim("real", "a", 10_000);
    await store.settle("real", "a", { status: "paid" });
    for (const key of ["j1", "j2", "j3"]) await store.claim(key, "attacker", 10_000);
    await expect(store.claim("j4", "attacker", 10_000)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.get("real")).toEqual({ status: "paid" });
  });

  it("keeps a settled answer for ttlMs and forgets it afterwards", async () => {
    let now = 0;
    const store = createMemoryStore({ ttlMs: 1000, now: () => now });
    await store.settle("k", "a", 1);
    now = 999;
    expect(await store.get("k")).toBe(1);
    now = 1000;
    expect(await store.get("k")).toBeUndefined();
  });
});

describe("once", () => {
  it("leaves no abort listener behind for each round it waits on another owner's lock", async () => {
    const store = createMemoryStore();
    await store.claim("k", "other", 10_000);
    const controller = new AbortController();
    const waiting = once(store, "k", async () => "mine", { lockMs: 10_000, signal: controller.signal });
    waiting.catch(() => {});
    await vi.waitFor(() => expect(getEventListeners(controller.signal, "abort")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 700)); // five rounds: 20, 40, 80, 160, 250 ms
    // Left on the signal, a listener per round passes Node's limit of 10 under a slow store (a warning per request).
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    controller.abort(new Error("deadline"));
    await expect(waiting).rejects.toThrow("deadline");
  });
});

describe("the default store", () => {
  it("warns once in production that memory is per process", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { createVerifyHandler, createWebhookHandler, createIamportClient } = await import("../server");
      const client = createIamportClient();
      createVerifyHandler({ client, expectedAmount: () => 1 });
      createWebhookHandler({ client, onPayment: () => {} });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/pass a shared `store`, e\.g\. `createRedisStore`/);
    } finally {
      warn.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});

import { inject } from "vitest";
import { installFakeIamport } from "../testing/fakeIamport";
import { removeFromPage } from "../../test/page";
import { DEFAULT_SDK_SRC, loadIamport, readIamport, type LoadSlot } from "./loader";

const origin = inject("scriptOrigin");
const count = async (path: string) => Number(await (await fetch(`${origin}/__count?path=${path}`)).text());
const scripts = () => Array.from(document.querySelectorAll("script"));

describe("loadIamport", () => {
  let slot: LoadSlot;
  beforeEach(() => (slot = {}));

  it("injects one script, loads the SDK file over HTTP and resolves with window.IMP", async () => {
    const src = `${origin}/fake-iamport.js?case=one`;
    const [a, b] = await Promise.all([loadIamport({ src }, slot), loadIamport({ src }, slot)]);
    expect(a).toBe(b);
    expect(a).toBe(readIamport());
    expect(typeof a.request_pay).toBe("function");
    expect(scripts()).toHaveLength(1);
    expect(scripts()[0].src).toBe(src);
    expect(scripts()[0].async).toBe(true);
  });

  it("requests the script file once however often it is asked", async () => {
    const before = await count("/fake-iamport-count.js");
    const src = `${origin}/fake-iamport-count.js`;
    await Promise.all([loadIamport({ src }, slot), loadIamport({ src }, slot), loadIamport({ src }, slot)]);
    await loadIamport({ src }, slot);
    expect((await count("/fake-iamport-count.js")) - before).toBe(1);
  });

  it("puts the CSP nonce on the script it injects", async () => {
    await loadIamport({ src: `${origin}/fake-iamport.js?case=nonce`, nonce: "r4nd0m" }, slot);
    expect(scripts()[0].nonce).toBe("r4nd0m");
  });

  it("uses an existing window.IMP without injecting anything", async () => {
    const fake = installFakeIamport();
    await expect(loadIamport({}, slot)).resolves.toBe(fake.imp);
    expect(scripts()).toHaveLength(0);
  });

  it("reuses a tag the merchant already put on the page", async () => {
    const src = `${origin}/fake-iamport.js?case=own-tag`;
    const own = document.createElement("script");
    own.src = src;
    document.head.appendChild(own);
    await loadIamport({ src }, slot);
    expect(scripts()).toEqual([own]);
  });

  it("defaults to i'mport's CDN script", () => {
    void loadIamport({ timeoutMs: 1 }, slot).catch(() => undefined);
    expect(scripts()[0].src).toBe(DEFAULT_SDK_SRC);
  });

  it("loads a fresh script when window.IMP was removed after a load", async () => {
    const src = `${origin}/fake-iamport.js?case=reload`;
    const first = await loadIamport({ src }, slot);
    removeFromPage("IMP");
    const second = await loadIamport({ src }, slot);
    expect(second).not.toBe(first);
    expect(scripts()).toHaveLength(1);
  });

  it("starts anew when an in-flight script tag was removed from the page", async () => {
    void loadIamport({ src: `${origin}/hang.js?case=removed`, timeoutMs: 5000 }, slot).catch(() => undefined);
    scripts()[0].remove();
    const imp = await loadIamport({ src: `${origin}/fake-iamport.js?case=after-removed` }, slot);
    expect(typeof imp.request_pay).toBe("function");
    expect(scripts().map((s) => s.src)).toEqual([`${origin}/fake-iamport.js?case=after-removed`]);
  });

  describe("when the script fails to load", () => {
    it("replaces a merchant's own tag that already failed instead of waiting for the timeout", async () => {
      const src = `${origin}/missing.js?case=own-dead`;
      const own = document.createElement("script");
      own.src = src;
      const failed = new Promise((resolve) => own.addEventListener("error", resolve));
      document.head.appendChild(own);
      await failed;
      const started = Date.now();
      await expect(loadIamport({ src, timeoutMs: 1500 }, slot)).rejects.toMatchObject({ code: "SDK_LOAD_FAILED" });
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it("rejects with SDK_LOAD_FAILED naming the URL", async () => {
      const src = `${origin}/missing.js`;
      await expect(loadIamport({ src }, slot)).rejects.toMatchObject({
        code: "SDK_LOAD_FAILED",
        message: expect.stringContaining(src),
      });
    });

    it("replaces the dead tag with a fresh one on the next attempt", async () => {
      const src = `${origin}/missing.js?case=retry`;
      await expect(loadIamport({ src }, slot)).rejects.toMatchObject({ code: "SDK_LOAD_FAILED" });
      const dead = scripts()[0];
      await expect(loadIamport({ src }, slot)).rejects.toMatchObject({ code: "SDK_LOAD_FAILED" });
      expect(scripts()).toHaveLength(1);
      expect(scripts()[0]).not.toBe(dead);
      expect(dead.isConnected).toBe(false);
    });

    it("rejects with SDK_LOAD_FAILED when the script defines no window.IMP", async () => {
      await expect(loadIamport({ src: `${origin}/not-iamport.js` }, slot)).rejects.toMatchObject({
        code: "SDK_LOAD_FAILED",
        message: expect.stringContaining("window.IMP"),
      });
    });

    it("rejects with SDK_TIMEOUT when the script never arrives", async () => {
      await expect(loadIamport({ src: `${origin}/hang.js`, timeoutMs: 50 }, slot)).rejects.toMatchObject({
        code: "SDK_TIMEOUT",
        message: expect.stringContaining("50 ms"),
      });
    });

    it("tells the slot when a script that timed out arrives after all", async () => {
      const late = vi.fn();
      slot.late = late;
      await expect(loadIamport({ src: `${origin}/late.js?loader=1`, timeoutMs: 20 }, slot)).rejects.toMatchObject({
        code: "SDK_TIMEOUT",
      });
      expect(late).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(late).toHaveBeenCalledOnce());
      await expect(loadIamport({}, slot)).resolves.toBe(readIamport());
    });
  });
});

import { IamportError } from "./errors";
import type { IMPGlobal } from "./types";

export const DEFAULT_SDK_SRC = "https://cdn.iamport.kr/v1/iamport.js";
export const DEFAULT_SDK_TIMEOUT_MS = 15_000;

export interface SdkOptions {
  /** Script URL; default `https://cdn.iamport.kr/v1/iamport.js`. */
  src?: string;
  /** CSP nonce put on the injected `<script>`. */
  nonce?: string;
  /** How long to wait for the script before failing with `SDK_TIMEOUT`; default 15 000 ms. */
  timeoutMs?: number;
}

const MARK = "data-iamport-react";

/** Where the page runtime keeps the one in-flight load. */
export interface LoadSlot {
  pending?: { promise: Promise<IMPGlobal>; tag: HTMLScriptElement } | null;
  /** Told when a script that timed out arrives after all and defines `window.IMP`. */
  late?: () => void;
}

/** `window.IMP` when it is usable, else null. Re-read every time: anything may replace the global. */
export function readIamport(): IMPGlobal | null {
  if (typeof window === "undefined") return null;
  const imp = (window as { IMP?: Partial<IMPGlobal> }).IMP;
  return imp && typeof imp.request_pay === "function" && typeof imp.init === "function" ? (imp as IMPGlobal) : null;
}

/**
 * Script tags that finished (loaded or failed) since this module ran. A tag without `window.IMP` that is in
 * here is dead (a merchant's own tag that failed, or one that defined nothing) and is replaced, not waited on.
 */
const finished = new WeakSet<EventTarget>();
if (typeof document !== "undefined") {
  const note = (event: Event) => event.target instanceof HTMLScriptElement && finished.add(event.target);
  document.addEventListener("load", note, true);
  document.addEventListener("error", note, true);
}

function findScript(src: string): HTMLScriptElement | null {
  for (const script of Array.from(document.querySelectorAll<HTMLScriptElement>("script[src]"))) {
    if (script.src === src || script.getAttribute("src") === src) return script;
  }
  return null;
}

/**
 * Loads the i'mport SDK once per page: reuses `window.IMP` or a tag with the same `src`, injects one
 * `<script>` otherwise, and after a failure lets the next call replace the dead tag with a fresh one.
 */
export function loadIamport(options: SdkOptions = {}, slot: LoadSlot): Promise<IMPGlobal> {
  if (typeof window === "undefined" || typeof document === "undefined") {
    return Promise.reject(
      new IamportError(
        "SDK_UNAVAILABLE",
        `The i'mport SDK needs a browser.` +
          (process.env.NODE_ENV !== "production"
            ? " This ran without `window`: request from an event handler or effect, not during a server render."
            : ""),
      ),
    );
  }
  const ready = readIamport();
  if (ready) return Promise.resolve(ready);
  // A load whose tag was removed from the page (a SPA or catalogue resetting it) can never finish: start anew.
  if (slot.pending?.tag.isConnected) return slot.pending.promise;

  const src = new URL(options.src ?? DEFAULT_SDK_SRC, document.baseURI).href;
  const timeoutMs = options.timeoutMs ?? DEFAULT_SDK_TIMEOUT_MS;
  let script = findScript(src);
  const mark = script?.getAttribute(MARK);
  if (script && (mark === null ? finished.has(script) : mark !== "loading")) {
    script.remove();
    script = null;
  }
  if (!script) {
    script = document.createElement("script");
    script.src = src;
    script.async = true;
    if (options.nonce) script.nonce = options.nonce;
    script.setAttribute(MARK, "loading");
    document.head.appendChild(script);
  }
  const tag = script;

  const promise = new Promise<IMPGlobal>((resolve, reject) => {
    const settle = (error: IamportError | null) => {
      clearTimeout(timer);
      tag.removeEventListener("load", onLoad);
      tag.removeEventListener("error", onError);
      const imp = readIamport();
      // Settled either way: later calls re-read window.IMP, which anything may replace or remove.
      if (slot.pending?.promise === promise) slot.pending = null;
      if (!error && imp) {
        tag.setAttribute(MARK, "loaded");
        resolve(imp);
        return;
      }
      tag.setAttribute(MARK, "failed");
      reject(
        error ??
          new IamportError(
            "SDK_LOAD_FAILED",
            `\`${src}\` loaded but defined no \`window.IMP\`.` +
              (process.env.NODE_ENV !== "production"
                ? ` Point \`sdk.src\` at the i'mport SDK (${DEFAULT_SDK_SRC}).`
                : ""),
          ),
      );
    };
    const onLoad = () => settle(null);
    const onError = () =>
      settle(
        new IamportError(
          "SDK_LOAD_FAILED",
          `The i'mport SDK failed to load from \`${src}\`.` +
            (process.env.NODE_ENV !== "production"
              ? " A network error, an ad blocker or CSP `script-src` stopped it; `retry()` tries again."
              : ""),
          { retriable: true },
        ),
      );
    const timer = setTimeout(() => {
      // A slow network may still deliver the script after the timeout: the page is ready then, not failed.
      tag.addEventListener("load", () => readIamport() && slot.late?.(), { once: true });
      settle(
        readIamport()
          ? null
          : new IamportError(
              "SDK_TIMEOUT",
              `The i'mport SDK did not load from \`${src}\` within ${timeoutMs} ms.` +
                (process.env.NODE_ENV !== "production" ? " Raise `sdk.timeoutMs` or call `retry()`." : ""),
              { retriable: true },
            ),
      );
    }, timeoutMs);
    tag.addEventListener("load", onLoad);
    tag.addEventListener("error", onError);
  });
  slot.pending = { promise, tag };
  return promise;
}

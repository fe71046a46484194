import { IamportError } from "./errors";
import type { IMPGlobal } from "./types";

let current: { imp: IMPGlobal; key: string } | null = null;

/**
 * Calls `IMP.init(userCode)` or `IMP.agency(userCode, tierCode)` once per page per configuration.
 * i'mport tears down its frames on every init, so StrictMode re-mounts and extra providers must not repeat it.
 */
export function ensureInit(imp: IMPGlobal, userCode: string, tierCode?: string): void {
  const key = tierCode ? `${userCode}/${tierCode}` : userCode;
  if (current?.imp === imp && current.key === key) return;
  if (process.env.NODE_ENV !== "production" && current?.imp === imp) {
    console.warn(
      `[iamport-react] i'mport is re-initialised from \`${current.key}\` to \`${key}\`; every init resets i'mport's frames, so keep one \`userCode\`/\`tierCode\` per page.`,
    );
  }
  if (tierCode) {
    if (typeof imp.agency !== "function") {
      throw new IamportError("SDK_LOAD_FAILED", "`tierCode` needs `IMP.agency`, which this SDK lacks.");
    }
    imp.agency(userCode, tierCode);
  } else {
    imp.init(userCode);
  }
  current = { imp, key };
}

/** Forgets which configuration was initialised (tests only). */
export function resetInit(): void {
  current = null;
}

import type { RequestKind } from "./types";
import { REQUEST_KINDS } from "./verify";

/** A request the kit must not forget: written before the window opens, removed once the server answered. */
export interface JournalEntry {
  type: RequestKind;
  merchant_uid: string;
  customer_uid?: string;
  amount?: number;
  startedAt: number;
  /** Set when i'mport's result arrived (callback or redirect); from then on the entry is recovered until verified. */
  imp_uid?: string;
}

export type Journal = ReturnType<typeof createJournal>;

const KEY = "iamport-react:journal";
/** Entries that never got a result (the buyer walked away) are dropped after this long. */
export const JOURNAL_TTL_MS = 30 * 60_000;
/** Entries with a result are retried on every load for this long, then given up. */
export const JOURNAL_MAX_AGE_MS = 24 * 3_600_000;
/** At most this many entries are kept (the newest). */
export const JOURNAL_MAX = 20;

// Call sites test NODE_ENV themselves, so production bundles drop the message text too.
const warn = (what: string) => console.warn(`[iamport-react] The pending-result journal ${what}`);
const optional = (value: unknown, type: string) => value === undefined || typeof value === type;

/** `sessionStorage`, or null where it is missing or merely touching it throws (cookies blocked, sandboxed frames). */
function storage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Whether a stored value is an entry this kit wrote under `key`: anything else is dropped, never acted upon. */
function isEntry(key: string, e: Partial<JournalEntry> | null): e is JournalEntry {
  return (
    typeof e === "object" &&
    e !== null &&
    REQUEST_KINDS.includes(e.type as RequestKind) &&
    e.merchant_uid === key &&
    key !== "" &&
    Number.isFinite(e.startedAt) &&
    optional(e.customer_uid, "string") &&
    optional(e.amount, "number") &&
    (e.imp_uid === undefined || (typeof e.imp_uid === "string" && e.imp_uid !== ""))
  );
}

/**
 * The page's pending-result journal in `sessionStorage`. Every read validates, expires and caps what is
 * stored and writes the repaired set back; where storage throws, entries live in memory until it works again.
 */
export function createJournal() {
  let memory: Record<string, JournalEntry> | null = null;

  function read(now = Date.now()): Record<string, JournalEntry> {
    // Without Web Storage (a server, a locked-down WebView) the journal lives in memory for the page.
    const store = storage();
    if (!memory && !store) memory = {};
    let stored: unknown = memory;
    let repair = false;
    if (!memory) {
      try {
        stored = JSON.parse((store as Storage).getItem(KEY) ?? "{}");
      } catch (error) {
        // Corrupt JSON is replaced by a sound journal rather than abandoning storage for the page.
        repair = true;
        if (process.env.NODE_ENV !== "production") warn(`could not be read (${String(error)}); it starts empty.`);
      }
    }
    const entries = (typeof stored === "object" && stored) || {};
    const kept = Object.entries(entries as Record<string, JournalEntry>).filter(([key, entry]) => {
      const ok = isEntry(key, entry);
      if (!ok && process.env.NODE_ENV !== "production")
        warn(`dropped ${JSON.stringify(key)}: not an entry this kit wrote.`);
      return ok && now - entry.startedAt < (entry.imp_uid ? JOURNAL_MAX_AGE_MS : JOURNAL_TTL_MS);
    });
    const result = Object.fromEntries(kept);
    if (repair || kept.length !== Object.keys(entries).length) write(result);
    return result;
  }

  function write(entries: Record<string, JournalEntry>): void {
    const store = storage();
    try {
      if (!store) throw new Error("sessionStorage is not available");
      // Capped to the newest (insertion order follows `start`), so a runaway page cannot fill the quota.
      entries = Object.fromEntries(Object.entries(entries).slice(-JOURNAL_MAX));
      if (Object.keys(entries).length) store.setItem(KEY, JSON.stringify(entries));
      else store.removeItem(KEY);
      memory = null;
    } catch (error) {
      if (process.env.NODE_ENV !== "production" && !memory && store)
        warn(`cannot use \`sessionStorage\` (${String(error)}); pending results are kept in memory.`);
      memory = entries;
    }
  }

  const update = (merchantUid: string, entry?: JournalEntry) => {
    const entries = read();
    if (entry) entries[merchantUid] = entry;
    else if (merchantUid in entries) delete entries[merchantUid];
    else return;
    write(entries);
  };

  return {
    /** Journals a request about to open; an unverified result already held under its `merchant_uid` stays. */
    start(entry: Omit<JournalEntry, "startedAt">): void {
      const held = read()[entry.merchant_uid];
      update(entry.merchant_uid, {
        ...entry,
        ...(held?.imp_uid && { imp_uid: held.imp_uid }),
        startedAt: held?.imp_uid ? held.startedAt : Date.now(),
      });
    },
    get(merchantUid: string): JournalEntry | undefined {
      return read()[merchantUid];
    },
    recordResult(entry: Omit<JournalEntry, "startedAt" | "imp_uid">, impUid: string): void {
      const previous = read()[entry.merchant_uid];
      update(entry.merchant_uid, {
        ...previous,
        ...entry,
        startedAt: previous?.startedAt ?? Date.now(),
        imp_uid: impUid,
      });
    },
    /**
     * Forgets the request once its result `impUid` (null: none came) got a final answer, unless the entry holds
     * another result still owed a verification (an earlier attempt under the same `merchant_uid`).
     */
    remove(merchantUid: string, impUid: string | null = null): void {
      const held = read()[merchantUid]?.imp_uid;
      if (!held || held === impUid) update(merchantUid);
    },
    /** Entries whose result arrived but whose verification never finished, newest first. */
    unverified(): (JournalEntry & { imp_uid: string })[] {
      return Object.values(read())
        .filter((e): e is JournalEntry & { imp_uid: string } => !!e.imp_uid)
        .sort((a, b) => b.startedAt - a.startedAt);
    },
    /** Whether what the journal holds is in `sessionStorage` (false: in memory only, lost with the page). */
    persisted(): boolean {
      return memory === null;
    },
    /** Empties storage and memory (the runtime's reset). */
    clear(): void {
      memory = null;
      write({});
    },
  };
}

/** This page's journal (the runtime's `journal`). */
export const journal = createJournal();

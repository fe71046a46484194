import type { RequestKind } from "./types";

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

const KEY = "iamport-react:journal";
/** Entries that never got a result (the buyer walked away) are dropped after this long. */
export const JOURNAL_TTL_MS = 30 * 60_000;

let memory: Record<string, JournalEntry> | null = null;

function fallBack(error: unknown, current: Record<string, JournalEntry>) {
  if (process.env.NODE_ENV !== "production" && memory === null) {
    console.warn(
      `[iamport-react] \`sessionStorage\` is unavailable (${error instanceof Error ? error.message : String(error)}); pending results are kept in memory and will not survive a reload.`,
    );
  }
  memory = current;
}

function read(): Record<string, JournalEntry> {
  if (memory) return memory;
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, JournalEntry>) : {};
  } catch (error) {
    fallBack(error, {});
    return memory ?? {};
  }
}

function write(entries: Record<string, JournalEntry>): void {
  if (memory) {
    memory = entries;
    return;
  }
  try {
    if (Object.keys(entries).length) sessionStorage.setItem(KEY, JSON.stringify(entries));
    else sessionStorage.removeItem(KEY);
  } catch (error) {
    fallBack(error, entries);
  }
}

function live(now = Date.now()): Record<string, JournalEntry> {
  const entries = read();
  const kept = Object.fromEntries(
    Object.entries(entries).filter(([, e]) => e.imp_uid || now - e.startedAt < JOURNAL_TTL_MS),
  );
  if (Object.keys(kept).length !== Object.keys(entries).length) write(kept);
  return kept;
}

/** The page's pending-result journal (`sessionStorage`, or memory where storage throws). */
export const journal = {
  start(entry: Omit<JournalEntry, "startedAt">): void {
    write({ ...live(), [entry.merchant_uid]: { ...entry, startedAt: Date.now() } });
  },
  get(merchantUid: string): JournalEntry | undefined {
    return live()[merchantUid];
  },
  recordResult(entry: Omit<JournalEntry, "startedAt" | "imp_uid">, impUid: string): void {
    const entries = live();
    const previous = entries[entry.merchant_uid];
    write({
      ...entries,
      [entry.merchant_uid]: { ...previous, ...entry, startedAt: previous?.startedAt ?? Date.now(), imp_uid: impUid },
    });
  },
  remove(merchantUid: string): void {
    const entries = live();
    if (!(merchantUid in entries)) return;
    delete entries[merchantUid];
    write(entries);
  },
  /** Entries whose result arrived but whose verification never finished. */
  unverified(): (JournalEntry & { imp_uid: string })[] {
    return Object.values(live()).filter((e): e is JournalEntry & { imp_uid: string } => typeof e.imp_uid === "string");
  },
};

/** Clears the journal and its memory fallback (tests only). */
export function resetJournal(): void {
  memory = null;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable: nothing to clear
  }
}

// The merchant's order table in SQLite (better-sqlite3): it survives a restart, and it is the only source of
// truth for what an order costs — never an amount the browser sent.
import "server-only";
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export const PRODUCTS = {
  shirt: { name: "린넨 셔츠", price: 49000 },
  socks: { name: "울 양말", price: 15900 },
} as const;
export type ProductId = keyof typeof PRODUCTS;
export const ORDER_STATUSES = ["created", "ready", "paid", "failed", "cancelled", "forgery"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface Order {
  merchant_uid: string;
  name: string;
  amount: number;
  status: OrderStatus;
  imp_uid: string | null;
  /** How many times the order was fulfilled: 1 at most, whatever retries, reloads and webhooks do. */
  fulfilments: number;
  created_at: number;
}

// ORDERS_DB, or .data/orders.sqlite in the folder the server runs in.
const file = resolve(/*turbopackIgnore: true*/ process.env.ORDERS_DB ?? ".data/orders.sqlite");

function open() {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(`CREATE TABLE IF NOT EXISTS orders (
    merchant_uid TEXT PRIMARY KEY, name TEXT NOT NULL, amount INTEGER NOT NULL, status TEXT NOT NULL,
    imp_uid TEXT, fulfilments INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)`);
  return db;
}

// One connection per server process, also across Next's route bundles and dev reloads.
const host = globalThis as { __ordersDb?: ReturnType<typeof open> };
const db = () => (host.__ordersDb ??= open());

export function createOrder(items: ProductId[]): Order {
  const amount = items.reduce((sum, id) => sum + PRODUCTS[id].price, 0);
  const first = PRODUCTS[items[0]].name;
  const order: Order = {
    merchant_uid: `order-${Date.now()}-${crypto.randomUUID().slice(0, 8)}`,
    name: items.length > 1 ? `${first} 외 ${items.length - 1}건` : first,
    amount,
    status: "created",
    imp_uid: null,
    fulfilments: 0,
    created_at: Date.now(),
  };
  db()
    .prepare(
      "INSERT INTO orders (merchant_uid, name, amount, status, imp_uid, fulfilments, created_at) VALUES (@merchant_uid, @name, @amount, @status, @imp_uid, @fulfilments, @created_at)",
    )
    .run(order);
  return order;
}

export const getOrder = (merchantUid: string): Order | undefined =>
  db().prepare("SELECT * FROM orders WHERE merchant_uid = ?").get(merchantUid) as Order | undefined;

export const listOrders = (): Order[] => db().prepare("SELECT * FROM orders ORDER BY created_at").all() as Order[];

/** Records what i'mport says; ships the order (counts a fulfilment) only on its first move to `paid`. */
export function settleOrder(merchantUid: string, status: OrderStatus, impUid: string): void {
  db()
    .prepare(
      `UPDATE orders SET fulfilments = fulfilments + (CASE WHEN @status = 'paid' AND status != 'paid' THEN 1 ELSE 0 END),
       status = CASE WHEN status = 'paid' AND @status != 'cancelled' THEN status ELSE @status END, imp_uid = @imp_uid
       WHERE merchant_uid = @merchant_uid`,
    )
    .run({ merchant_uid: merchantUid, status, imp_uid: impUid });
}

// POST { items: ["shirt"] } → a new order whose amount the server computed. GET → the order table (demo).
import { createOrder, listOrders, PRODUCTS, type ProductId } from "../../../lib/orders";

export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { items?: unknown } | null;
  const items = Array.isArray(body?.items) ? body.items : null;
  if (!items?.length || !items.every((id): id is ProductId => typeof id === "string" && id in PRODUCTS))
    return Response.json(
      { error: `\`items\` must be a non-empty array of product ids (${Object.keys(PRODUCTS).join(", ")}).` },
      { status: 400 },
    );
  return Response.json(createOrder(items));
}

export function GET() {
  return Response.json(listOrders());
}

export type Fields = Record<string, unknown>;

/**
 * Reads a request body as i'mport does: JSON, or form-encoded with bracket keys (`schedules[0][amount]=1000`,
 * `merchant_uid[]=a`), which become nested objects and arrays.
 */
export async function readBody(request: Request): Promise<Fields | null> {
  const text = await request.text();
  if (!text) return {};
  if (/json/.test(request.headers.get("content-type") ?? "")) {
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : null;
    } catch {
      return null;
    }
  }
  return parseForm(new URLSearchParams(text));
}

/** `a[b][0]=x` → `{ a: { b: ["x"] } }`; `a[]=x&a[]=y` → `{ a: ["x", "y"] }`; also used for query strings. */
export function parseForm(params: URLSearchParams): Fields {
  const root: Fields = {};
  for (const [key, value] of params) {
    const [head, ...rest] = key.split("[");
    const parts = [head, ...rest.map((part) => part.replace(/]$/, ""))];
    // `__proto__[x]=1` from anyone (before the token check) would otherwise change every object in the process.
    if (parts.some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const next = parts[index + 1];
      const container: Record<string, unknown> = node as Record<string, unknown>;
      if (part === "" && Array.isArray(node)) {
        if (last) node.push(value);
        else node = (node[node.length] = next === "" || /^\d+$/.test(next) ? [] : {}) as typeof node;
        return;
      }
      if (last) container[part] = value;
      else node = (container[part] ??= next === "" || /^\d+$/.test(next) ? [] : {}) as typeof node;
    });
  }
  return root;
}

/** A field as a number (form bodies carry strings), or undefined when absent or not numeric. */
export function num(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A field as a non-empty string, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : typeof value === "number" ? String(value) : undefined;
}

/** A field that may be given once or as a list (`imp_uid[]`). */
export function list(value: unknown): string[] {
  if (value === undefined || value === null || value === "") return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

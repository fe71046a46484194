import type { Fields } from "./body";

/** What a route sees of a request: its path ids, query, body and the sub-merchant it acts for. */
export interface RouteContext {
  params: string[];
  query: Fields;
  body: Fields;
  tier: string | undefined;
}
export type Route = [method: string, pattern: RegExp, handler: (context: RouteContext) => Response | Promise<Response>];

const SEGMENT = "([^/]+)";

/** `route("GET", "/payments/:imp_uid", …)`: `:name` segments arrive, decoded, in `params`. */
export function route(method: string, path: string, handler: Route[2]): Route {
  return [method, new RegExp(`^${path.replace(/:[a-z_]+/g, SEGMENT)}$`), handler];
}

export function match(routes: Route[], method: string, path: string): [Route[2], string[]] | null {
  for (const [m, pattern, handler] of routes) {
    const found = pattern.exec(path);
    if (found && m === method) return [handler, found.slice(1).map(decodeURIComponent)];
  }
  return null;
}

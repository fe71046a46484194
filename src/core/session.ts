// The request pipeline lives in request.ts, settle.ts and runtime.ts. These names stay importable here
// until the components and the validation tests import them from there (remove this file then).
import type { PageConfig } from "./runtime";

export type { Phase } from "./snapshot";
export type { RequestSpec } from "./request";
export { startRequest } from "./request";
export type Pipeline = PageConfig & { emit?: unknown };

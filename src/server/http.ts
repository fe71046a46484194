// Kept for imports of the old path (the fake REST API's `listen`); the pieces live in one file each now.
export { toNodeListener } from "./toNodeListener";
export type { NodeListenerOptions } from "./toNodeListener";

/**
 * Removes a global from the page itself: jsdom's script window (see test/setup.ts), leaving the bridge that
 * lets test code see what scripts define in place.
 */
export function removeFromPage(key: string): void {
  delete (globalThis as unknown as { jsdom: { window: Record<string, unknown> } }).jsdom.window[key];
}

// i'mport has one dialog per page: a second request while one is open would replace the first
// request's callback (the SDK keeps only the last parked request), so the kit allows one at a time.
let openFor: string | null = null;

/** Takes the page's single i'mport window; returns a release function, or null when it is taken. */
export function acquireWindow(label: string): (() => void) | null {
  if (openFor !== null) return null;
  openFor = label;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    openFor = null;
  };
}

/** Frees the window whatever holds it (tests only). */
export function resetLock(): void {
  openFor = null;
}

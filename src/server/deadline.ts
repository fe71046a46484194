/** Thrown when the handler's overall deadline passes; the handlers answer `504`. */
export class DeadlineError extends Error {
  override readonly name = "DeadlineError";
}

/** An `AbortSignal` that aborts with a `DeadlineError` after `ms`, and a way to stop its timer early. */
export function deadline(ms: number, what: string): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineError(`${what} took longer than ${ms} ms.`)), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts (the work itself goes on). */
export function race<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

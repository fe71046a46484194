/** What went wrong talking to i'mport's REST API. */
export type IamportApiErrorKind = "http" | "api" | "timeout" | "network" | "auth";

/** An error from i'mport's REST API, carrying i'mport's own `code` and `message` when it gave them. */
export class IamportApiError extends Error {
  override readonly name = "IamportApiError";
  constructor(
    readonly kind: IamportApiErrorKind,
    message: string,
    readonly status?: number,
    /** i'mport's envelope `code` (non-zero on failure). */
    readonly apiCode?: number,
    /** i'mport's envelope `message`, verbatim. */
    readonly apiMessage?: string,
  ) {
    super(message);
  }

  /** Worth trying again later: i'mport or the network was down, not a refusal. */
  get transient(): boolean {
    return this.kind === "network" || this.kind === "timeout" || (this.kind === "http" && (this.status ?? 0) >= 500);
  }
}

export function isIamportApiError(value: unknown): value is IamportApiError {
  return value instanceof IamportApiError;
}

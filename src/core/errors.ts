/** Every way an i'mport request can end without success, as a stable code. */
export type IamportErrorCode =
  | "SDK_LOAD_FAILED"
  | "SDK_TIMEOUT"
  | "SDK_UNAVAILABLE"
  | "NOT_CONFIGURED"
  | "INVALID_PARAMS"
  | "BUSY"
  | "PAYMENT_FAILED"
  | "CANCELLED"
  | "VERIFY_FAILED"
  | "VERIFY_REJECTED";

export interface IamportErrorDetails {
  /** The PG's own `error_code`, verbatim. */
  pgCode?: string;
  /** The PG's own `error_msg`, verbatim (Naver Pay's review requires showing it unmodified). */
  pgMessage?: string;
  /** The field that failed validation, for `INVALID_PARAMS`. */
  field?: string;
  /** HTTP status of the verify endpoint, for `VERIFY_FAILED`. */
  httpStatus?: number;
  /** Whether trying the same thing again may succeed (network errors, 5xx). */
  retriable?: boolean;
  cause?: unknown;
}

/** The one error class of the kit: `code` says what happened, the message says how to fix it. */
export class IamportError extends Error {
  override readonly name = "IamportError";
  // `declare`: the constructor assigns every field, so no class-field initialisers need to ship.
  declare readonly code: IamportErrorCode;
  declare readonly pgCode?: string;
  declare readonly pgMessage?: string;
  declare readonly field?: string;
  declare readonly httpStatus?: number;
  declare readonly retriable: boolean;

  constructor(code: IamportErrorCode, message: string, details: IamportErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.pgCode = details.pgCode;
    this.pgMessage = details.pgMessage;
    this.field = details.field;
    this.httpStatus = details.httpStatus;
    this.retriable = details.retriable ?? false;
  }
}

/** Type guard for errors (and outcome errors) produced by the kit. */
export function isIamportError(value: unknown): value is IamportError {
  return (
    value instanceof IamportError ||
    (value instanceof Error && (value as { name?: unknown }).name === "IamportError" && "code" in value)
  );
}

/** Wraps anything thrown by foreign code (a merchant callback, `fetch`, the SDK) in an `IamportError`. */
export function toError(value: unknown, code: IamportErrorCode, context: string): IamportError {
  if (isIamportError(value)) return value;
  const text = value instanceof Error ? value.message : String(value);
  return new IamportError(code, `${context}: ${text}`, { cause: value });
}

/**
 * Calls a merchant's handler (`onEvent`, `onOutcome`): what it throws is logged, never let into the kit's flow,
 * so a broken logger cannot leave the buyer on "verifying" or make `requestPay` reject.
 */
export function callHandler<T>(name: string, handler: ((value: T) => void) | undefined, value: T): void {
  try {
    handler?.(value);
  } catch (error) {
    console.error(`[iamport-react] \`${name}\` threw`, error);
  }
}

import { useIamportContext } from "./context";

/** The SDK's load status, its error, and `retry()` to inject a fresh script after a failure. */
export function useIamport() {
  const { status, error, retry } = useIamportContext("useIamport");
  return { status, error, retry };
}

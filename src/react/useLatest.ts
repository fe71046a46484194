import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

// useLayoutEffect warns during a React 18 server render; there the ref never needs updating anyway.
const useIsomorphicLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/** A ref that always holds the latest value, so callbacks keep their identity yet never go stale. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/** False during a server render and hydration, true after: components show a neutral placeholder until then. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

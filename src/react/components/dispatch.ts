/** Calls `onOutcome`, then `onPaid`, `onReady`, `onIssued`, … for the outcome's status. */
export function dispatchOutcome<O extends { status: string }>(
  outcome: O,
  onOutcome: ((o: O) => void) | undefined,
  handlers: { [S in O["status"]]?: (o: Extract<O, { status: S }>) => void },
) {
  onOutcome?.(outcome);
  (handlers[outcome.status as O["status"]] as ((o: O) => void) | undefined)?.(outcome);
}

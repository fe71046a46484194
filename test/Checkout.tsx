import { useState } from "react";
import { usePayment, type PaymentOutcome } from "../src";

/** A merchant's minimal checkout on `usePayment`: a button, and what the buyer sees. */
export function Checkout({
  params,
  onOutcome,
}: {
  params: () => Record<string, unknown>;
  onOutcome?: (outcome: PaymentOutcome) => void;
}) {
  const { requestPay, status, phase, outcome, error, isPending, reset } = usePayment({ onOutcome });
  const [returned, setReturned] = useState<string>("");
  return (
    <div>
      <button onClick={() => void requestPay(params() as never).then((o) => setReturned(o.status))}>Pay</button>
      <button onClick={reset}>Reset</button>
      <output data-testid="status">{status}</output>
      <output data-testid="phase">{phase ?? ""}</output>
      <output data-testid="pending">{String(isPending)}</output>
      <output data-testid="outcome">{outcome?.status ?? ""}</output>
      <output data-testid="returned">{returned}</output>
      <output data-testid="error">{error ? `${error.code}: ${error.message}` : ""}</output>
    </div>
  );
}

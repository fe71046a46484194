"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { IamportProvider, type IamportEvent, type PaymentOutcome } from "iamport-react";
import { createContext, useContext, useState, type ReactNode } from "react";

const Recovered = createContext<PaymentOutcome | null>(null);

/** A payment the provider finished after a reload (it was journaled mid-verify): show it like any other. */
export const useRecoveredPayment = () => useContext(Recovered);

export function Providers(props: { userCode?: string; sdkSrc?: string; pg: string; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  const [recovered, setRecovered] = useState<PaymentOutcome | null>(null);
  const onEvent = (event: IamportEvent) => {
    if (event.type === "recovered" && event.request.type === "payment") setRecovered(event.outcome as PaymentOutcome);
  };
  return (
    <QueryClientProvider client={queryClient}>
      <IamportProvider
        userCode={props.userCode}
        verify={{ url: "/api/iamport/verify" }}
        sdk={props.sdkSrc ? { src: props.sdkSrc } : undefined}
        defaults={{ pg: props.pg }}
        onEvent={onEvent}
      >
        <Recovered.Provider value={recovered}>{props.children}</Recovered.Provider>
      </IamportProvider>
    </QueryClientProvider>
  );
}

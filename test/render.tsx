import { render } from "@testing-library/react";
import { StrictMode, type ReactNode } from "react";
import { IamportProvider, type IamportProviderProps } from "../src";

export const VERIFY_URL = "http://127.0.0.1/api/iamport/verify";

/** Renders `ui` inside an `IamportProvider` configured like a merchant's checkout (fast verify retries). */
export function renderWithIamport(ui: ReactNode, props: Partial<IamportProviderProps> = {}, { strict = false } = {}) {
  const provider = (children: ReactNode) => (
    <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL, retryDelay: () => 5 }} {...props}>
      {children}
    </IamportProvider>
  );
  const wrap = (children: ReactNode) => (strict ? <StrictMode>{provider(children)}</StrictMode> : provider(children));
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactNode) => result.rerender(wrap(next)) };
}

/** A valid payment request; override what a test needs. */
export const order = (overrides: Record<string, unknown> = {}) => ({
  merchant_uid: "order-1001",
  name: "Linen shirt",
  amount: 64900,
  pay_method: "card",
  pg: "html5_inicis",
  buyer_tel: "010-1234-5678",
  ...overrides,
});

import { expect, userEvent, waitFor, within } from "storybook/test";
import { useIamport, type PaymentRequest } from "iamport-react";

export const shirt: PaymentRequest = {
  merchant_uid: "order-1001",
  name: "린넨 셔츠",
  amount: 64900,
  pay_method: "card",
  pg: "html5_inicis",
  buyer_name: "홍길동",
  buyer_tel: "010-1234-5678",
};

/** Waits until the button can be clicked (the SDK is ready), then clicks it. */
export async function clickWhenReady(canvasElement: HTMLElement, name: string | RegExp) {
  const button = await within(canvasElement).findByRole("button", { name });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 5000 });
  await userEvent.click(button);
}

/** Waits for a polite announcement in the story. */
export async function expectAnnounced(canvasElement: HTMLElement, text: string | RegExp) {
  await waitFor(
    () =>
      expect(
        within(canvasElement)
          .getAllByRole("status")
          .map((s) => s.textContent ?? "")
          .join(" "),
      ).toMatch(text),
    { timeout: 6000 },
  );
}

/** A small panel on `useIamport()`: the SDK's load status with a retry button, as a merchant would build it. */
export function SdkStatus() {
  const { status, error, retry } = useIamport();
  return (
    <p className="sb-sdk-status iamport-result__message">
      SDK: <strong data-testid="sdk-status">{status}</strong>
      {error && (
        <>
          {" "}
          — <code>{error.code}</code>{" "}
          <button type="button" className="iamport-retry" onClick={retry}>
            Retry loading
          </button>
        </>
      )}
    </p>
  );
}

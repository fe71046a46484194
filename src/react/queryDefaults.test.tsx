import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { installFakeIamport } from "../testing";
import { Checkout } from "../../test/Checkout";
import { server } from "../../test/msw";
import { order, VERIFY_URL } from "../../test/render";
import { IamportProvider } from "..";
import { render } from "@testing-library/react";

// The kit owns the retry policy: a merchant QueryClient's mutation defaults must not add to it.
it("a merchant's QueryClient mutation defaults do not multiply verify POSTs", async () => {
  let posts = 0;
  server.use(http.post(VERIFY_URL, () => (posts++, HttpResponse.json({}, { status: 503 }))));
  installFakeIamport();
  const client = new QueryClient({ defaultOptions: { mutations: { retry: 2, retryDelay: 1 } } });
  render(
    <QueryClientProvider client={client}>
      <IamportProvider userCode="imp12345678" verify={{ url: VERIFY_URL, retries: 0 }}>
        <Checkout params={() => order()} />
      </IamportProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByText("Pay"));
  await waitFor(() => expect(screen.getByTestId("error")).toHaveTextContent(/^VERIFY_FAILED/));
  expect(posts).toBe(1); // verify.retries: 0 → exactly one POST
});

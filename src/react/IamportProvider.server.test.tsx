import { renderToString } from "react-dom/server";
import { IamportProvider, useCertification, useIamport, useIamportRedirect, usePayment } from "..";

function Consumer() {
  const { status } = useIamport();
  const payment = usePayment();
  const certification = useCertification();
  const redirect = useIamportRedirect();
  return <p>{[status, payment.status, certification.status, redirect.status].join(" ")}</p>;
}

describe("server render", () => {
  it("renders idle statuses without touching window", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <IamportProvider userCode="imp12345678" verify={{ url: "/api/iamport/verify" }}>
        <Consumer />
      </IamportProvider>,
    );
    expect(html).toBe("<p>idle idle idle idle</p>");
  });

  it("still fails without a provider", () => {
    expect(() => renderToString(<Consumer />)).toThrow("`useIamport` must be used within `<IamportProvider>`.");
  });

  it("imports the client entry without touching window", async () => {
    const entry = await import("../index");
    expect(typeof entry.IamportProvider).toBe("function");
  });
});

import { renderToString } from "react-dom/server";
import { IamportProvider, useBillingKey, useCertification, useIamport, useIamportRedirect, usePayment } from "..";

const HOOKS = { useIamport, usePayment, useCertification, useBillingKey, useIamportRedirect };

describe.each(Object.entries(HOOKS))("%s during a server render", (name, hook) => {
  function Consumer() {
    const state = hook() as { status: string; isPending?: boolean };
    return <p>{`${state.status} ${String(state.isPending ?? false)}`}</p>;
  }

  it("renders idle without touching window", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <IamportProvider userCode="imp12345678" verify={{ url: "/api/iamport/verify" }}>
        <Consumer />
      </IamportProvider>,
    );
    expect(html).toBe("<p>idle false</p>");
  });

  it("fails with the misuse message without a provider", () => {
    expect(() => renderToString(<Consumer />)).toThrow(`\`${name}\` must be used within \`<IamportProvider>\`.`);
  });
});

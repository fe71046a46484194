import { fireEvent, renderHook, screen, waitFor } from "@testing-library/react";
import { useCertification, type CertificationOutcome } from "..";
import { journal } from "../core/journal";
import { installFakeIamport } from "../testing";
import { createVerifyHandlers } from "../testing/msw";
import { server } from "../../test/msw";
import { renderWithIamport, VERIFY_URL } from "../../test/render";

function Verify({
  params = {},
  onOutcome,
}: {
  params?: Record<string, unknown>;
  onOutcome?: (o: CertificationOutcome) => void;
}) {
  const { certify, outcome, error } = useCertification({ onOutcome });
  return (
    <>
      <button onClick={() => void certify(params)}>Verify</button>
      <output data-testid="outcome">{outcome?.status ?? ""}</output>
      <output data-testid="error">{error?.code ?? ""}</output>
    </>
  );
}

const INSTAGRAM_IOS =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) " +
  "Mobile/15E148 Instagram 300.0";

describe("useCertification", () => {
  it("throws the kit's misuse message without a provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderHook(() => useCertification())).toThrow(
      "`useCertification` must be used within `<IamportProvider>`.",
    );
  });

  it("opens IMP.certification, posts type certification and resolves certified", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    const fake = installFakeIamport();
    let outcome: CertificationOutcome | undefined;
    renderWithIamport(
      <Verify params={{ pg: "danal", merchant_uid: "cert-1", min_age: 19 }} onOutcome={(o) => (outcome = o)} />,
      {
        defaults: { channelKey: "payment-channel", certification: { company: "shop.example" } },
      },
    );
    fireEvent.click(screen.getByText("Verify"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("certified"));
    expect(fake.calls.filter((c) => c.method === "certification").map((c) => c.args[0])).toEqual([
      {
        pg: "danal",
        merchant_uid: "cert-1",
        min_age: 19,
        company: "shop.example",
        m_redirect_url: "http://127.0.0.1/shop/checkout",
      },
    ]);
    expect(verify.requests).toEqual([{ type: "certification", imp_uid: expect.any(String), merchant_uid: "cert-1" }]);
    expect(outcome).toMatchObject({
      status: "certified",
      merchant_uid: "cert-1",
      verification: { status: "certified" },
    });
  });

  it("generates a merchant_uid when none is given", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport();
    renderWithIamport(<Verify params={{ pg: "inicis_unified" }} />);
    fireEvent.click(screen.getByText("Verify"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("certified"));
    expect(
      (fake.calls.find((c) => c.method === "certification")?.args[0] as { merchant_uid: string }).merchant_uid,
    ).toMatch(/^cert_[a-z0-9]+$/);
  });

  it("defaults popup to false inside in-app browsers, and leaves it alone elsewhere", async () => {
    server.use(...createVerifyHandlers({ url: VERIFY_URL }));
    const fake = installFakeIamport();
    const ua = vi.spyOn(navigator, "userAgent", "get").mockReturnValue(INSTAGRAM_IOS);
    renderWithIamport(<Verify params={{ merchant_uid: "cert-2" }} />);
    fireEvent.click(screen.getByText("Verify"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("certified"));
    ua.mockRestore();
    expect(fake.calls.find((c) => c.method === "certification")?.args[0]).toMatchObject({ popup: false });
  });

  it("ends a cancelled verification as cancelled without posting", async () => {
    const verify = createVerifyHandlers({ url: VERIFY_URL });
    server.use(...verify);
    installFakeIamport({ outcome: "cancelled" });
    renderWithIamport(<Verify params={{ merchant_uid: "cert-3" }} />);
    fireEvent.click(screen.getByText("Verify"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("cancelled"));
    expect(verify.requests).toEqual([]);
  });

  it("journals the request as a certification when the page leaves for the verification", async () => {
    installFakeIamport({ outcome: "redirect", navigate: () => window.dispatchEvent(new Event("pagehide")) });
    renderWithIamport(<Verify params={{ merchant_uid: "cert-4" }} />);
    fireEvent.click(screen.getByText("Verify"));
    await waitFor(() => expect(screen.getByTestId("outcome")).toHaveTextContent("redirecting"));
    expect(journal.get("cert-4")).toMatchObject({ type: "certification" });
  });
});

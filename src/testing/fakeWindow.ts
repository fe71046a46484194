type Choice = "paid" | "ready" | "failed" | "cancelled";

// Fits a 390 px phone with 16 px gutters: the panel is never wider than the screen minus 32 px.
const PANEL = [
  "box-sizing:border-box;width:min(360px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto",
  "background:#fff;color:#191f28;border-radius:16px;padding:20px",
  "font:15px/1.5 system-ui,'Noto Sans CJK KR',sans-serif;word-break:keep-all;box-shadow:0 12px 40px rgba(0,0,0,.3)",
].join(";");
const BUTTON = [
  "box-sizing:border-box;display:block;width:100%;min-height:44px;margin-top:8px;padding:10px",
  "border-radius:10px;border:1px solid #8b95a1;background:#fff;color:#191f28;font:inherit;cursor:pointer",
].join(";");

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  style?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (style) node.setAttribute("style", style);
  return node;
}

/**
 * A visible stand-in for i'mport's PG window, so a person can click through a whole flow offline.
 * Plain DOM (no React) so the standalone fake script can show it too.
 */
export function showFakeWindow(
  params: Record<string, unknown>,
  certification: boolean,
  choose: (choice: Choice) => void,
): HTMLElement {
  const overlay = element(
    "div",
    undefined,
    "position:fixed;inset:0;z-index:99999;display:grid;place-items:center;background:rgba(0,0,0,.45)",
  );
  overlay.className = "iamport-fake-window";
  overlay.setAttribute("role", "dialog");
  overlay.setAttribute("aria-modal", "true");
  overlay.setAttribute("aria-label", certification ? "Simulated identity verification" : "Simulated payment window");
  const panel = element("div", undefined, PANEL);
  const pg = String(params.pg ?? params.channelKey ?? "i'mport");
  panel.append(
    element("p", "Simulated i'mport · 모의 결제창 (no real charge)", "margin:0 0 4px;font-size:13px;color:#4e5968"),
    element("h2", pg, "margin:0 0 12px;font-size:18px"),
  );
  if (!certification) {
    const amount = typeof params.amount === "number" ? params.amount : 0;
    const currency = typeof params.currency === "string" ? params.currency : "KRW";
    const formatted = new Intl.NumberFormat("ko-KR", { style: "currency", currency }).format(amount);
    panel.append(
      element("p", `${String(params.name ?? params.merchant_uid)} — ${formatted}`, "margin:0 0 12px;font-weight:600"),
    );
  }
  const choices: [Choice, string][] = certification
    ? [
        ["paid", "인증 완료 · Verify"],
        ["failed", "인증 실패 · Fail"],
        ["cancelled", "취소 · Cancel"],
      ]
    : [
        // A virtual-account window issues an account to deposit into; every other window approves.
        params.pay_method === "vbank" && typeof params.customer_uid !== "string"
          ? ["ready", "가상계좌 발급 · Issue virtual account"]
          : ["paid", "승인 · Approve"],
        ["failed", "거절 · Decline"],
        ["cancelled", "취소 · Cancel"],
      ];
  for (const [choice, label] of choices) {
    const button = element("button", label, BUTTON);
    button.type = "button";
    button.dataset.outcome = choice;
    button.addEventListener("click", () => choose(choice));
    panel.append(button);
  }
  overlay.append(panel);
  document.body.append(overlay);
  panel.querySelector("button")?.focus();
  return overlay;
}

import { useEffect, useState, type MouseEvent, type ReactNode } from "react";
import { BillingKeyButton, CertificationButton, CheckoutForm, IamportRedirectHandler } from "iamport-react";
import { Bench } from "./Bench";

export const PRODUCTS = [
  { id: "shirt", name: "린넨 셔츠", price: 49000 },
  { id: "socks", name: "리넨 양말 3켤레", price: 15900 },
];

function usePath() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  const go = (to: string) => (event?: MouseEvent) => {
    event?.preventDefault();
    history.pushState(null, "", to);
    setPath(to);
  };
  return [path, go] as const;
}

function Link({ to, go, children }: { to: string; go: (to: string) => (e?: MouseEvent) => void; children: ReactNode }) {
  return (
    <a href={to} onClick={go(to)}>
      {children}
    </a>
  );
}

interface Order {
  merchant_uid: string;
  name: string;
  amount: number;
}

/** The merchant creates the order on the server before the buyer pays, so the click opens the window at once. */
function Checkout() {
  const [order, setOrder] = useState<Order | null>(null);
  useEffect(() => {
    let active = true;
    void fetch("/api/orders", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ items: PRODUCTS.map((p) => p.id) }),
    })
      .then((r) => r.json() as Promise<Order>)
      .then((created) => active && setOrder(created));
    return () => {
      active = false;
    };
  }, []);
  if (!order) return <p>주문을 만드는 중…</p>;
  return <CheckoutForm params={order} payMethods={["card", "trans", "vbank", "kakaopay", "naverpay"]} terms />;
}

export function App() {
  const [path, go] = usePath();
  const total = PRODUCTS.reduce((sum, p) => sum + p.price, 0);
  return (
    <div className="shop">
      <header>
        <Link to="/" go={go}>
          <strong>Linen & Co.</strong>
        </Link>
        <nav>
          <Link to="/verify" go={go}>
            본인인증
          </Link>{" "}
          <Link to="/subscribe" go={go}>
            정기구독
          </Link>
        </nav>
      </header>
      <main>
        {path === "/" && (
          <section>
            <h1>장바구니</h1>
            <ul>
              {PRODUCTS.map((p) => (
                <li key={p.id}>
                  {p.name} — {p.price.toLocaleString("ko-KR")}원
                </li>
              ))}
            </ul>
            <p>합계 {total.toLocaleString("ko-KR")}원</p>
            <Link to="/checkout" go={go}>
              주문하기
            </Link>
          </section>
        )}
        {path === "/checkout" && (
          <section>
            <h1>주문서</h1>
            <Checkout />
          </section>
        )}
        {path === "/pay/return" && (
          <section>
            <h1>결제 결과</h1>
            <IamportRedirectHandler homeHref="/" retryHref="/checkout" />
          </section>
        )}
        {path === "/verify" && (
          <section>
            <h1>본인인증</h1>
            <CertificationButton params={{ pg: "danal", min_age: 19, company: "Linen & Co." }} />
          </section>
        )}
        {path === "/subscribe" && (
          <section>
            <h1>정기구독 카드 등록</h1>
            <BillingKeyButton
              params={() => ({
                merchant_uid: `bill-${Date.now()}`,
                customer_uid: "customer-demo-1",
                amount: 0,
                name: "월간 양말 구독",
              })}
            />
          </section>
        )}
        {path === "/bench" && <Bench />}
      </main>
    </div>
  );
}

import Link from "next/link";

export default function Home() {
  return (
    <p>
      <Link href="/checkout">Go to checkout</Link>
    </p>
  );
}

"use client";
// m_redirect_url: where mobile PGs send the buyer back. The provider verifies the result in the URL once;
// this page shows it.
import { IamportRedirectHandler } from "iamport-react";
import Link from "next/link";

export default function ReturnPage() {
  return (
    <section>
      <h1>Payment result</h1>
      <IamportRedirectHandler />
      <p>
        <Link href="/checkout">Back to the shop</Link>
      </p>
    </section>
  );
}

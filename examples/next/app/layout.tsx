// The root layout (a server component): reads the i'mport settings at request time, so one build serves
// the fake and the real i'mport, and `next build` needs no secrets.
import type { ReactNode } from "react";
import { connection } from "next/server";
import "iamport-react/styles.css";
import { Providers } from "./providers";
import { fake as fakeIamport, isFake } from "../lib/iamport";

export const metadata = { title: "iamport-react · Next.js App Router example" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const fake = isFake();
  const sdkSrc = fake
    ? fakeIamport().glue.scriptSrc("/fake-iamport.js", { window: "1", mobile: "redirect" })
    : undefined;
  return (
    <html lang="ko">
      <body>
        <Providers
          userCode={fake ? "imp00000000" : process.env.IAMPORT_USER_CODE}
          // The fake SDK: a visible window, a mobile return through m_redirect_url, and each result posted
          // to the fake REST API (connectFakeIamport). Unset = i'mport's CDN script.
          sdkSrc={sdkSrc}
          pg={process.env.IAMPORT_PG ?? "html5_inicis"}
        >
          <main style={{ maxWidth: 520, margin: "2rem auto", fontFamily: "system-ui, sans-serif" }}>{children}</main>
        </Providers>
      </body>
    </html>
  );
}

import { createRoot } from "react-dom/client";
import { StrictMode } from "react";
import { IamportProvider } from "iamport-react";
import "iamport-react/styles.css";
import "./shop.css";
import { App } from "./App";

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <IamportProvider
      userCode="imp00000000"
      verify={{ url: "/api/iamport/verify" }}
      redirectUrl={`${location.origin}/pay/return`}
      // The simulated SDK: a visible window; on mobile it returns through m_redirect_url like real PGs;
      // every simulated payment is registered with the demo server's fake i'mport REST API.
      sdk={{ src: "/fake-iamport.js?window=1&mobile=redirect&api=/__fake-iamport/records" }}
      defaults={{ pg: "html5_inicis" }}
    >
      <App />
    </IamportProvider>
  </StrictMode>,
);

// The server entry grows in its own issue; it must never import React or anything from src/react.
export type { VerifyRequest, VerifyResponse } from "./core/verify";

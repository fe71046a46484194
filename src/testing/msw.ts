// `iamport-react/testing/msw`: the Mock Service Worker handlers (msw is an optional peer, so they live in
// their own entry and `iamport-react/testing` never imports msw).
export { createVerifyHandlers } from "./verifyHandlers";
export type { FakeOrder, VerifyHandlers, VerifyHandlersOptions } from "./verifyHandlers";

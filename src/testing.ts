// `iamport-react/testing`: framework-free fakes that run in tests, Storybook, demos and server code (Next
// route handlers): no "use client", no msw. The Mock Service Worker handlers are in `iamport-react/testing/msw`.

// Fake i'mport SDK
export { installFakeIamport } from "./testing/fakeIamport";
export type { FakeCall, FakeIamport, FakeIamportOptions, FakeOutcome } from "./testing/fakeIamport";
export { fakeLedger } from "./testing/ledger";
export type { FakeRecord, FakeRecordAnswer } from "./testing/ledger";

// Fake i'mport REST API (for the server entry)
export { createFakeIamportApi } from "./testing/fakeIamportApi";
export type { FakeIamportApi, FakeIamportApiOptions } from "./testing/fakeIamportApi";

// The glue: what the fake SDK simulated becomes known to the fake REST API
export { connectFakeIamport } from "./testing/connect";
export type { ConnectFakeIamportOptions, FakeIamportConnection } from "./testing/connect";

// Contract tests for a handler store (memory, Redis, your own)
export { storeContract } from "./testing/storeContract";
export type { StoreContractRunner } from "./testing/storeContract";

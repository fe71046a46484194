// Fake i'mport SDK
export { installFakeIamport } from "./testing/fakeIamport";
export type { FakeCall, FakeIamport, FakeIamportOptions, FakeOutcome } from "./testing/fakeIamport";
export { fakeLedger } from "./testing/ledger";
export type { FakeRecord } from "./testing/ledger";

// Verify endpoint mocks (Mock Service Worker)
export { createVerifyHandlers } from "./testing/verifyHandlers";
export type { FakeOrder, VerifyHandlers, VerifyHandlersOptions } from "./testing/verifyHandlers";

// Fake i'mport REST API (for the server entry)
export { createFakeIamportApi } from "./testing/fakeIamportApi";
export type { FakeIamportApi, FakeIamportApiOptions } from "./testing/fakeIamportApi";

// Contract tests for a handler store (memory, Redis, your own)
export { storeContract } from "./testing/storeContract";
export type { StoreContractRunner } from "./testing/storeContract";

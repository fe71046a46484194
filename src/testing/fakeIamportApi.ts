// Kept for existing imports; the fake REST API lives in ./fakeApi (one concept per file).
export { createFakeIamportApi } from "./fakeApi";
export type { FakeIamportApi, FakeIamportApiOptions } from "./fakeApi";
export type { FakeWebhook } from "./fakeApi/webhooks";
export type { SimulatedError, SimulatedOutcome, SimulatedRequest, SimulateOptions } from "./fakeApi/simulate";

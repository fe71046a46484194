// The i'mport side of the server: the REST client the three routes share. With IAMPORT_FAKE=1 it talks to
// the fake i'mport REST API (`iamport-react/testing`) kept in this process, and the fake SDK's results reach
// it through `connectFakeIamport`; otherwise to the real i'mport with IAMPORT_API_KEY / IAMPORT_API_SECRET.
import "server-only";
import { createIamportClient, createMemoryStore, type HandlerStore, type IamportClient } from "iamport-react/server";
import { connectFakeIamport, createFakeIamportApi } from "iamport-react/testing";

/** Read at request time, never at build time: `next build` needs no secrets. */
export const isFake = () => process.env.IAMPORT_FAKE === "1";

export const FAKE_RECORDS_PATH = "/api/iamport/fake";

function createFake() {
  const api = createFakeIamportApi({ apiKey: "fake_api_key", apiSecret: "fake_api_secret" });
  return {
    api,
    glue: connectFakeIamport({ api, path: FAKE_RECORDS_PATH }),
    client: createIamportClient({ apiKey: "fake_api_key", apiSecret: "fake_api_secret", fetch: api.fetch }),
  };
}

// One of each per server process, shared by every route bundle.
const host = globalThis as { __iamportFake?: ReturnType<typeof createFake>; __iamportStore?: HandlerStore };

export const fake = () => (host.__iamportFake ??= createFake());

/**
 * The answers and "fulfilled" marks the three routes share: what the webhook handed on at the order's amount is
 * then never refunded by a later verify. Several server instances would share `createRedisStore` instead.
 */
export const store = () => (host.__iamportStore ??= createMemoryStore());

/**
 * The client for the verify, webhook and confirm routes. Chosen when the server process loads this module
 * (`next build` loads it too, with no keys: constructing a client never throws, only a request would).
 */
export const iamport: IamportClient = isFake() ? fake().client : createIamportClient();

import { setupServer } from "msw/node";

/** The verify endpoint of the unit tests; each test adds its handlers with `server.use(...)`. */
export const server = setupServer();

// The example lives inside the iamport-react repository and imports the package by its name (Node's
// self-reference through package.json "exports", after `npm run build`). In your app, `npm i iamport-react`
// and delete `turbopack.root` / `outputFileTracingRoot`.
import { fileURLToPath } from "node:url";

const repository = fileURLToPath(new URL("../..", import.meta.url));

/** @type {import("next").NextConfig} */
const nextConfig = {
  turbopack: { root: repository },
  outputFileTracingRoot: repository,
  // The native SQLite driver stays a Node module; it is never bundled.
  serverExternalPackages: ["better-sqlite3"],
  // Builds read no secrets: keys and IAMPORT_FAKE are read by the server at request time.
  poweredByHeader: false,
};

export default nextConfig;

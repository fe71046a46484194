import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const read = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");

describe("the built package", () => {
  beforeAll(() => {
    if (!existsSync(new URL("../dist/index.js", import.meta.url)))
      throw new Error("dist/ is missing: run `npm run build` (npm test does) first.");
  });

  it.each(["index.js", "index.cjs"])('starts %s with "use client"', (file) => {
    expect(read(file).split("\n")[0]).toBe('"use client";');
  });

  // A "use client" testing entry turns `createFakeIamportApi` into a client reference in a Next route handler,
  // and an msw import makes it unusable where the optional peer msw is not installed.
  it.each(["testing.js", "testing.cjs", "testing.d.ts", "testing.d.cts"])(
    'keeps %s (and what it loads) free of "use client" and msw',
    (file) => {
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        const code = read(name);
        expect(code, name).not.toMatch(/^\s*["']use client["']/);
        expect(code, name).not.toMatch(/from ["']msw|require\(["']msw|import\(["']msw/);
        // A declaration file names its neighbour by the JavaScript file's name: ./types-x.js → ./types-x.d.ts.
        const declaration = (local: string) =>
          /\.d\.c?ts$/.test(name) ? local.replace(/\.(c?)js$/, ".d.$1ts") : local;
        for (const [, local] of code.matchAll(/(?:from |require\(|import\()["']\.\/([^"']+)["']/g))
          visit(declaration(local));
      };
      visit(file);
      expect(seen.size).toBeGreaterThan(0);
    },
  );

  it.each(["testing/msw.js", "testing/msw.cjs"])("puts the Mock Service Worker handlers in %s", (file) => {
    expect(read(file)).toMatch(/from ["']msw["']|require\(["']msw["']\)/);
    expect(read(file)).toContain("createVerifyHandlers");
  });

  it("lets a plain Node process (a route handler) run the testing entry's fake REST API and glue", () => {
    const program = `
      const { createFakeIamportApi, connectFakeIamport } = await import("iamport-react/testing");
      const { createIamportClient } = await import("iamport-react/server");
      const api = createFakeIamportApi();
      const glue = connectFakeIamport({ api });
      const posted = await glue.handle(new Request("http://127.0.0.1/api/iamport/fake", { method: "POST",
        body: JSON.stringify({ imp_uid: "imp_000000000001", merchant_uid: "order-1", type: "payment", status: "paid", amount: 4900 }) }));
      const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch });
      const payment = await client.getPayment("imp_000000000001");
      const { createRequire } = await import("node:module");
      const cjs = createRequire(process.cwd() + "/x.cjs")("iamport-react/testing");
      console.log(JSON.stringify({ posted: posted.status, status: payment.status, amount: payment.amount, cjs: typeof cjs.createFakeIamportApi }));
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", program], {
      cwd: new URL("..", import.meta.url).pathname,
      encoding: "utf8",
      env: { PATH: process.env.PATH },
    });
    expect(JSON.parse(out.trim().split("\n").at(-1) as string)).toEqual({
      posted: 200,
      status: "paid",
      amount: 4900,
      cjs: "function",
    });
  });

  it("keeps React out of the server entry", () => {
    for (const file of ["server.js", "server.cjs"]) expect(read(file)).not.toMatch(/from ["']react|require\(["']react/);
  });

  it("builds the fake SDK as a standalone script with no imports", () => {
    const script = read("fake-iamport.js");
    expect(script).not.toMatch(/\bimport\b|require\(/);
    expect(script).toContain("__IAMPORT_FAKE__");
  });

  // Once tsup has flattened the modules, a bundler keeps any top-level expression it cannot prove pure: the
  // components' ko/en text tables used to ride along in every bundle that imports only the provider and a hook.
  it("leaves the components' texts out of a bundle of IamportProvider + usePayment", async () => {
    const { build } = await import("esbuild");
    const bundle = async (names: string) => {
      const result = await build({
        stdin: { contents: `export { ${names} } from "./dist/index.js";`, resolveDir: root, loader: "js" },
        bundle: true,
        minify: true,
        charset: "utf8",
        format: "esm",
        write: false,
        external: ["react", "react-dom", "react/jsx-runtime", "@tanstack/react-query"],
        define: { "process.env.NODE_ENV": '"production"' },
        logLevel: "silent",
      });
      return result.outputFiles[0].text;
    };
    const hooksOnly = await bundle("IamportProvider, usePayment");
    expect(hooksOnly).not.toContain("영수증 보기");
    expect(hooksOnly).not.toContain("View receipt");
    expect(await bundle("IamportProvider, PaymentResult")).toContain("영수증 보기");
  });

  it("keeps peers external", () => {
    expect(read("index.js")).toMatch(/from ['"]@tanstack\/react-query['"]/);
    expect(read("index.js")).not.toContain("QueryClient = class");
  });
});

describe("secrets", () => {
  it.each(["index.js", "index.cjs"])("never appear in the client build %s", (file) => {
    const code = read(file);
    for (const secret of ["apiSecret", "imp_secret", "getToken", "api.iamport.kr"]) expect(code).not.toContain(secret);
  });
});

// The packed tarball as a merchant installs it: a scratch project outside this repository, where the
// optional peer msw is NOT installed. `iamport-react/testing` must import in Node (ESM and CommonJS) and
// type-check in a node16 CommonJS project; the msw handlers live in `iamport-react/testing/msw`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = new URL("..", import.meta.url).pathname;
const tsc = join(repo, "node_modules/typescript/bin/tsc");
let scratch = "";

const run = (file: string, args: string[]) =>
  execFileSync(file, args, {
    cwd: scratch,
    encoding: "utf8",
    stdio: "pipe",
    env: { PATH: process.env.PATH, HOME: scratch },
  });

beforeAll(() => {
  if (!existsSync(join(repo, "dist/testing.js"))) throw new Error("dist/ is missing: run `npm run build` first.");
  scratch = mkdtempSync(join(tmpdir(), "iamport-react-pack-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: repo, encoding: "utf8" });
  const tarball = readdirSync(scratch).find((file) => file.endsWith(".tgz")) as string;
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "merchant-app", private: true, type: "commonjs" }),
  );
  // Peers are not installed (--legacy-peer-deps): the testing entry must need none of them.
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--legacy-peer-deps", `./${tarball}`]);
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the packed package in a project without msw", () => {
  it("really has no msw to fall back on", () => {
    expect(existsSync(join(scratch, "node_modules/iamport-react/package.json"))).toBe(true);
    expect(() => run(process.execPath, ["-e", 'require.resolve("msw")'])).toThrow(/Cannot find module 'msw'/);
  });

  it("imports iamport-react/testing in Node (ESM and CommonJS) and verifies what the glue registered", () => {
    const program = `
      const { createFakeIamportApi, connectFakeIamport, installFakeIamport } = await import("iamport-react/testing");
      const { createIamportClient } = await import("iamport-react/server");
      const cjs = require("iamport-react/testing");
      const api = createFakeIamportApi();
      connectFakeIamport({ api }).register({ imp_uid: "imp_123456789012", merchant_uid: "order-7", type: "payment", status: "ready", amount: 15900 });
      const client = createIamportClient({ apiKey: "test_api_key", apiSecret: "test_api_secret", fetch: api.fetch });
      const payment = await client.getPayment("imp_123456789012");
      console.log(JSON.stringify([typeof installFakeIamport, typeof cjs.connectFakeIamport, payment.status, payment.pay_method]));
    `;
    const out = run(process.execPath, ["--input-type=commonjs", "-e", `(async () => { ${program} })()`]);
    expect(JSON.parse(out.trim())).toEqual(["function", "function", "ready", "vbank"]);
  });

  it("type-checks iamport-react/testing in a node16 CommonJS project (skipLibCheck off)", () => {
    writeFileSync(
      join(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["checkout.test.ts"],
      }),
    );
    writeFileSync(
      join(scratch, "checkout.test.ts"),
      [
        'import { connectFakeIamport, createFakeIamportApi, type FakeIamportConnection, type FakeRecord } from "iamport-react/testing";',
        "const api = createFakeIamportApi({ apiKey: 'k', apiSecret: 's' });",
        "const glue: FakeIamportConnection = connectFakeIamport({ api });",
        "const record: FakeRecord = { imp_uid: 'imp_1', merchant_uid: 'o', type: 'payment', status: 'paid', amount: 1 };",
        "glue.register(record);",
        "export const src: string = glue.scriptSrc('/fake-iamport.js', { outcome: 'paid' });",
      ].join("\n"),
    );
    expect(() => run(process.execPath, [tsc, "-p", "."])).not.toThrow();
    // The same project cannot name the msw entry without msw: it is the only place msw is needed.
    writeFileSync(
      join(scratch, "checkout.test.ts"),
      'import { createVerifyHandlers } from "iamport-react/testing/msw";\nexport const h = createVerifyHandlers;\n',
    );
    const failure = (() => {
      try {
        return run(process.execPath, [tsc, "-p", "."]);
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(failure).toMatch(/Cannot find module 'msw'/);
  }, 60_000);
});

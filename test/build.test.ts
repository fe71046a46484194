import { existsSync, readFileSync } from "node:fs";

const read = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");

describe("the built package", () => {
  beforeAll(() => {
    if (!existsSync(new URL("../dist/index.js", import.meta.url)))
      throw new Error("dist/ is missing: run `npm run build` (npm test does) first.");
  });

  it.each(["index.js", "index.cjs", "testing.js", "testing.cjs"])('starts %s with "use client"', (file) => {
    expect(read(file).split("\n")[0]).toBe('"use client";');
  });

  it("keeps React out of the server entry", () => {
    for (const file of ["server.js", "server.cjs"]) expect(read(file)).not.toMatch(/from ["']react|require\(["']react/);
  });

  it("builds the fake SDK as a standalone script with no imports", () => {
    const script = read("fake-iamport.js");
    expect(script).not.toMatch(/\bimport\b|require\(/);
    expect(script).toContain("__IAMPORT_FAKE__");
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

// `npm run bench`: prints the kit's size and behaviour figures. Budgets are reported, not timed tests.
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import ts from "typescript";

if (!existsSync("dist/index.js")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}

const PEERS = ["react", "react-dom", "@tanstack/react-query", "msw"];

/** min+gzip bytes of `import { names } from entry`, peers external, as a merchant's production bundle sees it. */
async function sizeOf(names, entry = "./dist/index.js") {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from "${entry}";`, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: PEERS,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * Where the bytes of `import { names }` go: esbuild's metafile over the sources (same bundle settings), one row per
 * module with its minified bytes and its share of the gzip total (gzip is not additive, so shares are pro rata).
 */
async function breakdown(names, plugins = []) {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(", ")} } from "./src/index.ts";`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
    external: [...PEERS, "react/jsx-runtime"],
    define: { "process.env.NODE_ENV": '"production"' },
    plugins,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const modules = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path, min: bytesInOutput }))
    .filter((m) => m.min > 0)
    .sort((a, b) => b.min - a.min);
  return { min: code.length, gzip, modules, code: new TextDecoder().decode(code) };
}

/**
 * min+gzip of `code` with the text of every string literal and template part longer than 8 characters cut to
 * one: how much of a bundle is message text, and what its code alone weighs.
 */
function withoutTexts(code) {
  const file = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      const start = node.getStart(file) + 1;
      const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
      if (end - start > 8) cuts.push([start, end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = "";
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + "x";
    at = end;
  }
  out += code.slice(at);
  return gzipSync(out, { level: 9 }).length;
}

/** The same bundle with the modules matching `pattern` replaced by pass-through stubs: what those modules cost. */
function stubbing(pattern) {
  return {
    name: "stub",
    setup(b) {
      b.onLoad({ filter: pattern }, ({ path }) => {
        const source = readFileSync(path, "utf8");
        const exported = new Set([...source.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]));
        return {
          contents: [...exported].map((n) => `export const ${n} = (...a) => a[a.length - 1];`).join("\n"),
          loader: "ts",
        };
      });
    },
  };
}

// Raised from 8,300 / 16,700 for six fixes (blocked or full storage, a throwing onEvent / onOutcome, a merchant's
// dead SDK tag, Back from the PG page): 8,134 → 8,416 B and 16,423 → 16,711 B. The six components' ceiling raised
// again from 16,800 for three fixes (a script that arrives after SDK_TIMEOUT turns the page ready, CheckoutForm's
// result takes the focus its vanished pay button had, the account number is selected and copied without a
// clipboard API): 16,792 → 16,979 B.
const HARD_PROVIDER_PAYMENT = 8_500;
const HARD_ALL_COMPONENTS = 17_000;
const rows = [];
const budget = (label, names, limit, hard) => sizeOf(names).then((s) => rows.push({ label, ...s, limit, hard }));
// `limit`: issue 11's target (4,500 B; Stripe's typical import is 4,702 B), reported. `hard`: a regression guard
// just above today's figure that fails the bench; lower it whenever a change brings the size down.
await budget("IamportProvider + usePayment", ["IamportProvider", "usePayment"], 4500, HARD_PROVIDER_PAYMENT);
await budget(
  "all hooks",
  ["IamportProvider", "usePayment", "useCertification", "useBillingKey", "useIamportRedirect", "useIamport"],
  undefined,
);
const COMPONENTS = [
  "PaymentButton",
  "CheckoutForm",
  "CertificationButton",
  "BillingKeyButton",
  "PaymentResult",
  "IamportRedirectHandler",
];
for (const component of COMPONENTS)
  await budget(`IamportProvider + ${component}`, ["IamportProvider", component], undefined);
await budget(
  "IamportProvider + all six components",
  ["IamportProvider", ...COMPONENTS],
  12 * 1024,
  HARD_ALL_COMPONENTS,
);

const { renderCount } = await import("./benchRenders.mjs");
const renders = await renderCount();
const { browserFigures } = await import("./benchBrowser.mjs");
const browser = await browserFigures();
const { serverFigures } = await import("./benchServer.mjs");
const server = await serverFigures();

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const bytes = (n) => `${n.toLocaleString("en")} B`;
console.log("\niamport-react bench\n");
console.log("| import | min | min+gzip | budget | regression ceiling |");
console.log("| --- | ---: | ---: | --- | --- |");
let over = false;
for (const row of rows) {
  const verdict =
    row.limit === undefined
      ? "-"
      : row.gzip <= row.limit
        ? `target ${bytes(row.limit)}: met`
        : `target ${bytes(row.limit)}: over by ${bytes(row.gzip - row.limit)}`;
  const broken = row.hard !== undefined && row.gzip > row.hard;
  over ||= broken;
  const ceiling = row.hard === undefined ? "-" : `${bytes(row.hard)}${broken ? ": PASSED" : ""}`;
  console.log(`| ${row.label} | ${kb(row.min)} | ${bytes(row.gzip)} | ${verdict} | ${ceiling} |`);
}
const parts = await breakdown(["IamportProvider", "usePayment"]);
console.log(`\nIamportProvider + usePayment by module (sources; min ${parts.min} B, min+gzip ${parts.gzip} B):\n`);
console.log("| module | min | ≈ min+gzip share |");
console.log("| --- | ---: | ---: |");
for (const m of parts.modules)
  console.log(`| ${m.path} | ${m.min} B | ${Math.round((m.min / parts.min) * parts.gzip)} B |`);
const noValidation = await breakdown(
  ["IamportProvider", "usePayment"],
  [stubbing(/src\/core\/(validate[^/]*|requestTypes)\.ts$/)],
);
console.log(
  `validation (src/core/validate*.ts, requestTypes.ts) costs ${parts.gzip - noValidation.gzip} B min+gzip (${parts.min - noValidation.min} B min): the bundle with it stubbed out is ${noValidation.gzip} B`,
);
console.log(
  `message text (string literals and template parts over 8 characters) is ${parts.gzip - withoutTexts(parts.code)} B of it: the same bundle with every such text cut to one character is ${withoutTexts(parts.code)} B`,
);
const six = await breakdown(["IamportProvider", ...COMPONENTS]);
const hooks = new Set(parts.modules.map((m) => m.path));
console.log(
  `\nIamportProvider + all six components by module, beyond the modules above (sources; min ${six.min} B, min+gzip ${six.gzip} B):\n`,
);
console.log("| module | min | ≈ min+gzip share |");
console.log("| --- | ---: | ---: |");
for (const m of six.modules.filter((m) => !hooks.has(m.path)))
  console.log(`| ${m.path} | ${m.min} B | ${Math.round((m.min / six.min) * six.gzip)} B |`);
console.log(
  `message text is ${six.gzip - withoutTexts(six.code)} B of it (both locales' component texts and the core's messages): the same bundle with every such text cut to one character is ${withoutTexts(six.code)} B`,
);
console.log(`\nrenders of a usePayment consumer through one paid flow (click → verified): ${renders}`);
if (browser.skipped) {
  console.log(`Chromium figures skipped: ${browser.skipped}`);
} else {
  console.log(`script requests for one page load (/bench): ${browser.scriptRequests}`);
  console.log(
    `click → IMP.request_pay in Chromium, median of ${browser.rounds}: kit ${browser.kit.toFixed(2)} ms, raw window.IMP ${browser.raw.toFixed(2)} ms, ratio ${(browser.kit / browser.raw).toFixed(2)}`,
  );
}
console.log("\nserver handlers over HTTP against the fake REST API:");
for (const line of server) console.log(`- ${line}`);
if (over) console.error("\nA size passed its regression ceiling.");
// Explicit: a browser or server handle left open by a figure must not keep CI waiting.
process.exit(over ? 1 : 0);

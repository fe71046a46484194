// `npm run gen:api`: i'mport's V1 OpenAPI (Swagger 2.0, copied from portone-io/developers.portone.io
// src/schema/v1.openapi.json into spec/) → the visible patches below → swagger2openapi → openapi-typescript →
// src/server/generated/iamport.ts (committed; src/server/types.test.ts fails when it is stale).
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import prettier from "prettier";
import converter from "swagger2openapi";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SPEC = `${root}spec/iamport-v1.openapi.json`;
export const OUTPUT = `${root}src/server/generated/iamport.ts`;

/** Timestamps (UNIX seconds) that i'mport sends as `0` when they do not apply, never `null`. */
const TIMESTAMP = /(_at|^inserted|^updated|^vbank_date)$/;

/**
 * Where the vendor's spec disagrees with what i'mport answers, fixed here (and only here), each with why.
 * `spec` is the Swagger 2.0 document; every patch throws when the spec no longer has what it fixes, so an
 * updated spec is re-checked by hand rather than silently patched wrong.
 */
export function patchSpec(spec) {
  const definition = (name) => spec.definitions[name] ?? fail(`definition ${name} is gone`);
  const operation = (path, method) => spec.paths[path]?.[method] ?? fail(`${method} ${path} is gone`);
  const parameter = (path, method, name) =>
    operation(path, method).parameters.find((p) => p.name === name) ?? fail(`${method} ${path} ${name} is gone`);
  const required = (name, wrong, right) => {
    const schema = definition(name);
    if (!schema.required?.includes(wrong)) fail(`${name}.required no longer names ${wrong}`);
    schema.required = schema.required.filter((field) => field !== wrong);
    if (right) schema.required.push(right);
  };

  // 1. `required` lists naming fields that do not exist.
  required("BenepiaPointAnnotation", "bank_holder"); // copied from VbankHolderAnnotation
  required("VbankDepositAnnotation", "reason"); // no such property; deposits have no reason
  required("SucceededChannelAnnotation", "update", "updated"); // typo
  // Copied from PagedPaymentAnnotation: a prepared amount is { merchant_uid, amount, currency }.
  for (const field of ["total", "previous", "next"]) required("PaymentPrepareAnnotation", field);
  definition("PaymentPrepareAnnotation").required.push("merchant_uid", "amount");

  // 2. Billing-key answers are described as an object *with keys* CustomerResponse / SuperBillingKeyResponse;
  // i'mport answers a CustomerResponse (a super billing key is another product, not covered by this kit).
  for (const method of ["get", "post", "delete"]) {
    const ok = operation("/subscribe/customers/{customer_uid}", method).responses[200];
    if (!ok.schema?.properties?.CustomerResponse) fail(`${method} /subscribe/customers 200 changed`);
    ok.schema = { $ref: "#/definitions/CustomerResponse" };
  }

  // 3. `payment_status` is an optional *path* parameter (impossible in OpenAPI): i'mport serves both
  // /payments/find/{merchant_uid} (any status) and /payments/find/{merchant_uid}/{payment_status}.
  for (const [base, id] of [
    ["/payments/find", "getPaymentByMerchantUidAnyStatus"],
    ["/payments/findAll", "getAllPaymentsByMerchantUidAnyStatus"],
  ]) {
    const withStatus = operation(`${base}/{merchant_uid}/{payment_status}`, "get");
    const status = parameter(`${base}/{merchant_uid}/{payment_status}`, "get", "payment_status");
    status.required = true;
    status.enum = ["ready", "paid", "cancelled", "failed"];
    delete status.default;
    spec.paths[`${base}/{merchant_uid}`] = {
      get: {
        ...structuredClone(withStatus),
        operationId: id,
        parameters: structuredClone(withStatus.parameters.filter((p) => p.name !== "payment_status")),
      },
    };
  }

  // 3b. Two operationIds are used twice (copy-paste in the spec); openapi-typescript requires unique ones.
  for (const [path, method, id] of [
    ["/payments/{imp_uid}/naver/ship-exchanged", "post", "naverShipExchangedProductOrder"],
    ["/subscribe/payments/schedule/customers/{customer_uid}", "get", "findSchedulesByCustomerUnderSchedule"],
  ]) {
    if (operation(path, method).operationId === id) fail(`${method} ${path} is already ${id}`);
    operation(path, method).operationId = id;
  }

  // 3c. Operations i'mport serves that the spec defines a response for (VbankHolderResponse) but never lists.
  if (spec.paths["/vbanks/holder"]) fail("/vbanks/holder is in the spec now");
  spec.paths["/vbanks/holder"] = {
    get: {
      tags: ["vbanks"],
      summary: "가상계좌 예금주 조회 API",
      operationId: "getVbankHolder",
      produces: ["application/json"],
      parameters: [
        { name: "bank_code", in: "query", required: true, type: "string", description: "은행 표준코드" },
        { name: "bank_num", in: "query", required: true, type: "string", description: "계좌번호 (숫자만)" },
      ],
      responses: {
        200: { description: "정상 조회", schema: { $ref: "#/definitions/VbankHolderResponse" } },
        404: { description: "조회되지 않는 계좌" },
      },
    },
  };
  // Issuing a key by card accepts `pg` instead of `channel_key` (both are listed; only channel_key is required).
  parameter("/subscribe/customers/{customer_uid}", "post", "channel_key").required = false;

  // 4. A GET cannot carry a form body: /naver/reviews takes channel_key in the query.
  parameter("/naver/reviews", "get", "channel_key").in = "query";

  // 5. Request bodies are written as Swagger 2.0 `formData` parameters, several of them impossible there (an
  // object `schema` beside `type: "string"`, `array` without items, `items: "string"`), which makes
  // swagger2openapi drop every field before them (`again` kept only promotion_id and channel_key). They are
  // taken out here and rebuilt as one JSON object schema per operation by `bodies()` after the conversion
  // (i'mport accepts JSON for all of them; nested fields such as `schedules[]` or `extra` only as JSON).
  const forms = {};
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const form = (op.parameters ?? []).filter((p) => p.in === "formData");
      if (!form.length) continue;
      (forms[path] ??= {})[method] = form;
      op.parameters = op.parameters.filter((p) => p.in !== "formData");
    }
  }
  // cancel's `extra` is { requester: "customer" | "admin" } (Naver Pay), typed `array` without items.
  const extra = forms["/payments/cancel"].post.find((p) => p.name === "extra") ?? fail("cancel extra is gone");
  Object.assign(extra, {
    type: undefined,
    schema: {
      type: "object",
      properties: { requester: { type: "string", enum: ["customer", "admin"] } },
    },
  });

  // 6. i'mport answers `null` for every field that does not apply (pg_tid of a failed payment, card_* of a
  // virtual account, …) except timestamps, which are 0. The spec (Swagger 2.0) cannot say so.
  for (const [name, schema] of Object.entries(spec.definitions)) {
    if (!name.endsWith("Annotation") && name !== "NaverAddress" && name !== "NaverOrderer") continue;
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      if (schema.required?.includes(field) || TIMESTAMP.test(field) || property.$ref) continue;
      property["x-nullable"] = true;
    }
  }
  // The envelope: `code` always, `message` null on success.
  const envelope = definition("ResponseAnnotation");
  envelope.required = ["code", "message"];
  envelope.properties.message["x-nullable"] = true;

  // 7. Closed sets the spec writes only in prose; the handlers decide on them.
  const closed = (name, field, values) => {
    const property = definition(name).properties[field] ?? fail(`${name}.${field} is gone`);
    property.enum = values;
  };
  closed("PaymentAnnotation", "status", ["ready", "paid", "cancelled", "failed"]);
  closed("PaymentAnnotation", "channel", ["pc", "mobile", "api"]);
  closed("PaymentAnnotation", "customer_uid_usage", ["issue", "payment", "payment.scheduled"]);
  closed("CertificationAnnotation", "gender", ["male", "female"]);
  closed("ScheduleResultAnnotation", "schedule_status", ["scheduled", "executed", "revoked"]);
  closed("ScheduleResultAnnotation", "payment_status", ["paid", "failed", "cancelled"]);

  // 8. `maxLength` written as a string ("32") in 40 places; JSON Schema wants an integer. And a `required`
  // list left empty by patch 1 must go (draft-04 wants at least one item).
  for (const schema of Object.values(spec.definitions)) {
    for (const property of Object.values(schema.properties ?? {})) {
      if (typeof property.maxLength === "string") property.maxLength = Number(property.maxLength);
    }
    if (schema.required?.length === 0) delete schema.required;
  }

  // Checked after patching: no `required` may name a missing field.
  for (const [name, schema] of Object.entries(spec.definitions)) {
    for (const field of schema.required ?? []) {
      if (!schema.properties?.[field]) fail(`${name}.required names ${field}, which does not exist`);
    }
  }
  return { spec, forms };
}

/** The JSON request body of each operation, from its `formData` parameters (patch 5). */
function bodies(openapi, forms) {
  const ref = (schema) => JSON.parse(JSON.stringify(schema).replaceAll("#/definitions/", "#/components/schemas/"));
  for (const [path, methods] of Object.entries(forms)) {
    for (const [method, form] of Object.entries(methods)) {
      const properties = {};
      for (const { name, in: _in, required: _required, schema, ...rest } of form) {
        const property = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith("x-")));
        if (typeof property.items === "string") property.items = { type: property.items }; // Naver Pay ids
        if (property.type === "array") property.items ??= schema ?? { type: "string" };
        properties[name] = ref(
          property.type === "array" || !schema ? property : { ...schema, ...property, type: undefined },
        );
        if (properties[name].type === undefined) delete properties[name].type;
        // notice_url is typed `array` (i'mport takes one URL or several).
        if (name === "notice_url" && property.type === "array") {
          properties[name] = { description: property.description, oneOf: [{ type: "string" }, property] };
        }
      }
      const required = form.filter((p) => p.required).map((p) => p.name);
      openapi.paths[path][method].requestBody = {
        required: required.length > 0,
        content: {
          "application/json": { schema: { type: "object", properties, ...(required.length ? { required } : {}) } },
        },
      };
    }
  }
  return openapi;
}

function fail(why) {
  throw new Error(`gen-api: the spec changed (${why}); re-check the patches in scripts/gen-api.mjs.`);
}

/** The generated TypeScript source, formatted as committed. */
export async function generate() {
  const { spec, forms } = patchSpec(JSON.parse(await readFile(SPEC, "utf8")));
  const { openapi } = await converter.convertObj(spec, { patch: true, warnOnly: true, resolveInternal: false });
  const ast = await openapiTS(bodies(openapi, forms), { alphabetize: false, exportType: false, rootTypes: false });
  const source =
    "// Generated by `npm run gen:api` (scripts/gen-api.mjs) from spec/iamport-v1.openapi.json. Do not edit.\n" +
    "/* eslint-disable */\n" +
    astToString(ast);
  const formatted = await prettier.format(source, { ...(await prettier.resolveConfig(OUTPUT)), filepath: OUTPUT });
  return formatted.split("\n").flatMap(wrapComment).join("\n");
}

const WIDTH = 120;
/**
 * How long a line is, in UTF-8 bytes: at least its terminal columns (Hangul takes two columns and three bytes), and
 * what line-length checks count, so the wrapped file passes every one of them.
 */
const length = (text) => Buffer.byteLength(text, "utf8");

/**
 * Wraps a long line of a doc comment (the spec's descriptions) at spaces, so a reader never scrolls sideways; a long
 * one-line comment (`/** @description … *\/`) becomes a block first.
 */
function wrapComment(line) {
  if (length(line) <= WIDTH) return [line];
  const single = /^(\s*)\/\*\* (.*) \*\/$/.exec(line);
  if (single) {
    const [, indent, text] = single;
    return [`${indent}/**`, ...wrapComment(`${indent} * ${text}`), `${indent} */`];
  }
  const prefix = /^\s*\* /.exec(line)?.[0];
  if (!prefix) return [line];
  const lines = [];
  let current = prefix;
  // A word longer than a line (the spec's run-together HTML lists) breaks after its tags' `>`.
  const words = line
    .slice(prefix.length)
    .split(/\s+/)
    .flatMap((word) => (length(prefix + word) > WIDTH ? word.split(/(?<=>)/) : [word]))
    .filter(Boolean);
  for (const word of words) {
    if (current !== prefix && length(current) + 1 + length(word) > WIDTH) {
      lines.push(current);
      current = prefix;
    }
    current += current === prefix ? word : ` ${word}`;
  }
  return [...lines, current];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(OUTPUT, await generate());
  console.log(`gen-api: wrote ${OUTPUT.slice(root.length)}`);
}

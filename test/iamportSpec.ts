// Checks answers against i'mport's own OpenAPI (spec/, with the patches of scripts/gen-api.mjs) with a JSON
// Schema validator, so the fake REST API cannot drift from what the vendor documents.
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
// @ts-expect-error: a plain .mjs script without declarations
import { patchSpec, SPEC } from "../scripts/gen-api.mjs";
import { createIamportClient, type IamportClientOptions } from "../src/server";

type Schema = Record<string, unknown>;
const { spec } = patchSpec(JSON.parse(readFileSync(SPEC, "utf8"))) as {
  spec: { definitions: Record<string, Schema>; paths: Record<string, Record<string, Schema>> };
};

/** Swagger 2.0's `x-nullable` as JSON Schema: `type: [t, "null"]`. */
function nullable(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const schema = node as Schema;
  if (schema["x-nullable"] && typeof schema.type === "string") {
    schema.type = [schema.type, "null"];
    if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null];
  }
  Object.values(schema).forEach(nullable);
}
nullable(spec.definitions);

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ id: "iamport", definitions: spec.definitions });

// Literal segments first, so `/vbanks/holder` wins over `/vbanks/{imp_uid}`.
const templates = Object.keys(spec.paths)
  .map((path) => ({ path, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`) }))
  .sort((a, b) => a.path.split("{").length - b.path.split("{").length);

/** The operation of the spec that `method path` is, and the definition of its 200 answer. */
export function operationOf(method: string, path: string): { operation: string; definition: string } | null {
  for (const { path: template, pattern } of templates) {
    const operation = spec.paths[template][method.toLowerCase()] as
      { responses: Record<string, { schema?: { $ref?: string } }> } | undefined;
    if (!operation || !pattern.test(path)) continue;
    const ref = operation.responses[200]?.schema?.$ref;
    return { operation: `${method} ${template}`, definition: ref?.replace("#/definitions/", "") ?? "" };
  }
  return null;
}

/** Validation errors of a successful answer against its operation's schema (empty when it conforms). */
export function checkAnswer(method: string, path: string, body: unknown): string[] {
  const found = operationOf(method, path);
  if (!found) return [`${method} ${path} is not an operation of the spec`];
  if (!found.definition) return [];
  const validate = ajv.getSchema(`iamport#/definitions/${found.definition}`);
  if (!validate) return [`no definition ${found.definition}`];
  return validate(body)
    ? []
    : (validate.errors ?? []).map(
        (e) => `${found.definition}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
      );
}

/** A `fetch` that checks every successful i'mport answer against the spec and records which operations it saw. */
export function specCheckingFetch(inner: typeof fetch = fetch) {
  const seen = new Map<string, string[]>();
  const checked: typeof fetch = async (input, init) => {
    const response = await inner(input, init);
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    const method = init?.method ?? "GET";
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { code?: number } | null;
    if (response.ok && body?.code === 0) {
      const operation = operationOf(method, url.pathname)?.operation ?? `${method} ${url.pathname}`;
      seen.set(operation, [...(seen.get(operation) ?? []), ...checkAnswer(method, url.pathname, body)]);
    }
    return response;
  };
  return { fetch: checked, seen };
}

/** A client of the fake i'mport at `baseUrl` whose every successful answer `checker` checks against the spec. */
export const specCheckedClient = (
  baseUrl: string,
  checker: ReturnType<typeof specCheckingFetch>,
  options: Partial<IamportClientOptions> = {},
) =>
  createIamportClient({
    apiKey: "test_api_key",
    apiSecret: "test_api_secret",
    baseUrl,
    fetch: checker.fetch,
    ...options,
  });

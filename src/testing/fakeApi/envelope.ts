/** The fake's own bookkeeping on stored records (which sub-merchant owns them); i'mport never answers it. */
const PRIVATE = new Set(["tier", "notice_url_of_schedule"]);

/** i'mport's answer: `{ code, message, response }`, `code` 0 on success. */
export function envelope(response: unknown, code = 0, message: string | null = null, status = 200): Response {
  const json = JSON.stringify({ code, message, response }, (key, value: unknown) =>
    PRIVATE.has(key) ? undefined : value,
  );
  return new Response(json, {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** A refusal i'mport answers with HTTP 200 and a non-zero `code` (the call was processed, the request refused). */
export const refuse = (message: string) => envelope(null, 1, message);
/** A refusal with an HTTP error status, as i'mport answers for unknown ids and missing parameters. */
export const fail = (status: number, message: string, code = -1) => envelope(null, code, message, status);
export const notFound = (what: string) => fail(404, `존재하지 않는 ${what}입니다.`);

/** Current UNIX time in seconds, i'mport's unit for every timestamp. */
export const seconds = (ms = Date.now()) => Math.floor(ms / 1000);

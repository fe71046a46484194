/** One webhook the fake i'mport sent (or tried to): what it posted, where, and what it got back. */
export interface FakeWebhook {
  url: string;
  body: { imp_uid: string; merchant_uid: string; status: string; customer_uid?: string };
  /** The HTTP status the merchant's endpoint answered; undefined when it could not be reached. */
  status?: number;
  error?: string;
}

/**
 * i'mport's notifications: a JSON POST of `{ imp_uid, merchant_uid, status }` to the payment's `notice_url`
 * or the console's webhook URL, after payments are approved, virtual accounts issued or paid into, and
 * scheduled charges run. Each is awaited, so a test can assert on its effect right after the call.
 */
export function createWebhooks(defaultUrl: string | undefined, doFetch: typeof fetch) {
  const sent: FakeWebhook[] = [];
  async function send(body: FakeWebhook["body"], noticeUrl?: string | null): Promise<FakeWebhook | undefined> {
    const url = noticeUrl || defaultUrl;
    if (!url) return undefined;
    const webhook: FakeWebhook = { url, body };
    sent.push(webhook);
    try {
      const response = await doFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      webhook.status = response.status;
      await response.body?.cancel();
    } catch (error) {
      webhook.error = error instanceof Error ? error.message : String(error);
    }
    return webhook;
  }
  return { sent, send };
}

/**
 * i'mport's confirm process (`confirm_url`): just before approving, POST `{ imp_uid, merchant_uid, amount }`
 * with a 10 s timeout. A 200 approves; anything else (another status, a timeout, no answer) blocks the
 * payment, and the body's `reason` becomes its `fail_reason`.
 */
export async function confirm(
  url: string,
  body: { imp_uid: string; merchant_uid: string; amount: number },
  doFetch: typeof fetch,
  timeoutMs = 10_000,
): Promise<{ approved: true } | { approved: false; reason: string }> {
  try {
    const response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (response.status === 200) return { approved: true };
    let reason: unknown;
    try {
      reason = (JSON.parse(text) as { reason?: unknown }).reason;
    } catch {
      reason = undefined;
    }
    return {
      approved: false,
      reason: typeof reason === "string" && reason ? reason : `confirm_url answered HTTP ${response.status}`,
    };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      approved: false,
      reason: timedOut ? `confirm_url did not answer within ${timeoutMs / 1000} s` : "confirm_url could not be reached",
    };
  }
}

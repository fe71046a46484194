import { envelope, fail, seconds } from "./envelope";

export interface TokenOptions {
  apiKey: string;
  apiSecret: string;
  /** Token lifetime in seconds; default 1800 (i'mport's 30 minutes). */
  tokenTtlSeconds: number;
}

const EXTEND_WITHIN = 60;
const EXTEND_BY = 300;

/**
 * i'mport's access tokens: `POST /users/getToken` answers the *same* token while it is valid; asked within a
 * minute of `expired_at`, it extends that token by five minutes; once expired, it issues a new one.
 */
export function createTokens(options: TokenOptions) {
  const tokens = new Map<string, { expiresAt: number; revoked: boolean }>();
  let current: string | null = null;

  function issue(body: Record<string, unknown>): Response {
    if (body.imp_key !== options.apiKey || body.imp_secret !== options.apiSecret)
      return fail(401, "imp_key, imp_secret 파라메터가 누락되었거나 올바르지 않습니다.");
    const now = seconds();
    let token = current ? tokens.get(current) : undefined;
    if (!current || !token || token.revoked || token.expiresAt <= now) {
      current = `fake_${crypto.randomUUID().replaceAll("-", "")}`;
      token = { expiresAt: now + options.tokenTtlSeconds, revoked: false };
      tokens.set(current, token);
    } else if (token.expiresAt - now <= EXTEND_WITHIN) {
      token.expiresAt += EXTEND_BY;
    }
    return envelope({ access_token: current, now, expired_at: token.expiresAt });
  }

  /** `Authorization: Bearer <t>`, a bare `Authorization: <t>` or `X-ImpTokenHeader: <t>`; null when valid. */
  function check(headers: Headers): Response | null {
    const value =
      headers
        .get("authorization")
        ?.replace(/^Bearer\s+/i, "")
        .trim() || headers.get("x-imptokenheader")?.trim();
    const token = value ? tokens.get(value) : undefined;
    if (!value) return fail(401, "Unauthorized: 인증 토큰이 전달되지 않았습니다 (Authorization 헤더).");
    if (!token) return fail(401, "Unauthorized: 유효하지 않은 토큰입니다.");
    if (token.revoked)
      return fail(401, "Unauthorized: 폐기된 토큰입니다. POST /users/getToken으로 새 토큰을 받으세요.");
    if (token.expiresAt <= seconds()) return fail(401, "Unauthorized: 만료된 토큰입니다.");
    return null;
  }

  return {
    issue,
    check,
    /** Every token issued so far expires now, as 30 minutes passing would. */
    expire: () => tokens.forEach((token) => (token.expiresAt = 0)),
    /** Every token issued so far is revoked (a key rotation in the console): requests with them get a 401. */
    revoke: () => tokens.forEach((token) => (token.revoked = true)),
  };
}

/** Where the kit runs, and why that matters for i'mport's windows. */
export interface IamportEnvironment {
  browser: boolean;
  mobile: boolean;
  /** In-app browser or WebView that blocks or mishandles popups, or null. */
  inApp: "kakaotalk" | "naver" | "instagram" | "facebook" | "line" | "android-webview" | "ios-webview" | null;
  /** Whether identity verification should use a page redirect instead of a popup. */
  preferRedirect: boolean;
  /** A sentence saying why, for logs and support. */
  reason: string;
}

const IN_APP: [IamportEnvironment["inApp"], RegExp][] = [
  ["kakaotalk", /KAKAOTALK/i],
  ["naver", /NAVER\(inapp|NAVER\//],
  ["instagram", /Instagram/],
  ["facebook", /FBAN|FBAV|FB_IAB/],
  ["line", /\bLine\//],
  ["android-webview", /Android.*;\s*wv\)/],
  ["ios-webview", /(iPhone|iPad|iPod).*AppleWebKit(?!.*Safari)/],
];

/** Detects mobile browsers, in-app browsers and WebViews from the user agent. */
export function detectEnvironment(userAgent?: string): IamportEnvironment {
  const ua = userAgent ?? (typeof navigator === "undefined" ? undefined : navigator.userAgent);
  if (ua === undefined)
    return { browser: false, mobile: false, inApp: null, preferRedirect: false, reason: "No browser." };
  const mobile = /Android|iPhone|iPad|iPod|Mobile/i.test(ua);
  const inApp = IN_APP.find(([, pattern]) => pattern.test(ua))?.[0] ?? null;
  const reason = inApp
    ? `${inApp} in-app browser: popups are blocked, so windows redirect to m_redirect_url.`
    : mobile
      ? "Mobile browser: most PGs redirect to m_redirect_url instead of calling back."
      : "Desktop browser: PG windows call back.";
  return { browser: true, mobile, inApp, preferRedirect: inApp !== null, reason };
}

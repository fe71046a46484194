import { detectEnvironment } from "./env";

// Real user agents share their engine parts; each app appends its own mark.
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)";
const WEBKIT_537 = "AppleWebKit/537.36 (KHTML, like Gecko)";
const ANDROID_WEBVIEW = `${WEBKIT_537} Version/4.0 Chrome/120.0 Mobile Safari/537.36`;
const UA = {
  kakaotalk: `Mozilla/5.0 (Linux; Android 14; SM-S918N Build/UP1A; wv) ${ANDROID_WEBVIEW} KAKAOTALK 10.4.5`,
  naver: `${IPHONE} Mobile/15E148 NAVER(inapp; search; 2000; 12.1.0)`,
  facebook: `${IPHONE} Mobile/15E148 [FBAN/FBIOS;FBAV/450.0]`,
  line: `${IPHONE} Mobile/15E148 Safari Line/13.20.0`,
  androidWebView: `Mozilla/5.0 (Linux; Android 13; Pixel 7; wv) ${ANDROID_WEBVIEW}`,
  iosWebView: `${IPHONE} Mobile/15E148`,
  iosSafari: `${IPHONE} Version/17.2 Mobile/15E148 Safari/604.1`,
  desktopChrome: `Mozilla/5.0 (X11; Linux x86_64) ${WEBKIT_537} Chrome/156.0 Safari/537.36`,
};

describe("detectEnvironment", () => {
  it.each([
    ["kakaotalk", UA.kakaotalk],
    ["naver", UA.naver],
    ["facebook", UA.facebook],
    ["line", UA.line],
    ["android-webview", UA.androidWebView],
    ["ios-webview", UA.iosWebView],
  ])("recognises %s as an in-app browser that should redirect", (inApp, ua) => {
    expect(detectEnvironment(ua)).toMatchObject({
      browser: true,
      mobile: true,
      inApp,
      preferRedirect: true,
      reason: expect.stringContaining(inApp),
    });
  });

  it("treats mobile Safari as mobile but not in-app", () => {
    expect(detectEnvironment(UA.iosSafari)).toMatchObject({
      mobile: true,
      inApp: null,
      preferRedirect: false,
      reason: expect.stringContaining("redirect to m_redirect_url"),
    });
  });

  it("treats desktop Chrome as a desktop browser", () => {
    expect(detectEnvironment(UA.desktopChrome)).toMatchObject({ mobile: false, inApp: null, preferRedirect: false });
  });
});

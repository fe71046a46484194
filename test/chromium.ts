// Debian's Chromium for every browser suite (Vitest browser, e2e, Next example, visual); CHROMIUM_PATH for
// machines that keep it elsewhere. The flags keep it off the network and out of first-run screens.
export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/** As a buyer's browser is: Playwright turns Chromium's popup blocker off by default, buyers have it on. */
export const buyerChromium = { ...chromium, ignoreDefaultArgs: ["--disable-popup-blocking"] };

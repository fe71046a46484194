import axe from "axe-core";

/**
 * Runs axe-core on what a component rendered. Colour contrast needs real layout, which jsdom lacks: it is
 * checked in real Chromium by the catalogue's a11y addon instead.
 */
export async function expectAccessible(container: Element) {
  const results = await axe.run(container, {
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
}

import { version } from "react";
import { renderToString } from "react-dom/server";

describe("the React under test", () => {
  it("is the one CI asked for", () => {
    const expected = `${process.env.REACT_MAJOR ?? "19"}.`;
    expect(version.startsWith(expected)).toBe(true);
    expect(renderToString(<i>{version}</i>)).toBe(`<i>${version}</i>`);
  });
});

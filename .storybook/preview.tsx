import type { Preview } from "@storybook/react-vite";
import { setupWorker } from "msw/browser";
import { mswLoader } from "msw-storybook-addon/csf3";
import "iamport-react/styles.css";
import "./canvas.css";
import { IamportStory, installHandlers, resetPage, type IamportStoryParameters } from "./iamport";

const preview: Preview = {
  tags: ["autodocs"],
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      // Script requests (the fake SDK, a slow one, a broken one) go through the worker too.
      await worker.start({
        onUnhandledRequest: "bypass",
        quiet: true,
        serviceWorker: { url: "./mockServiceWorker.js" },
      });
      return worker;
    }),
  ],
  beforeEach({ msw, parameters }) {
    resetPage();
    installHandlers(msw, parameters.iamport as IamportStoryParameters | undefined);
    return () => resetPage();
  },
  decorators: [
    (Story, { parameters, globals }) => (
      <IamportStory
        params={(parameters.iamport ?? {}) as IamportStoryParameters}
        locale={globals.locale === "en" ? "en" : "ko"}
        theme={globals.theme === "dark" ? "dark" : "light"}
      >
        <Story />
      </IamportStory>
    ),
  ],
  globalTypes: {
    locale: {
      description: "Language of component texts",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "ko", title: "한국어" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Colour theme (styles.css)",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  // `STORYBOOK_THEME=dark npm run test:browser` runs every play and axe check in the dark theme too.
  initialGlobals: { locale: "ko", theme: import.meta.env.STORYBOOK_THEME === "dark" ? "dark" : "light" },
  parameters: {
    // The decorator's canvas pads the story itself, in the story's theme.
    layout: "fullscreen",
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;

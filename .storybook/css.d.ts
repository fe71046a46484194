declare module "*.css";

interface ImportMetaEnv {
  readonly STORYBOOK_THEME?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}

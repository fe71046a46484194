import { createContext, useContext } from "react";
import type { IamportError } from "../core/errors";
import type { PageConfig, SdkStatus } from "../core/runtime";

export type { SdkStatus };
export type Locale = "ko" | "en";

export interface IamportContextValue {
  config: PageConfig;
  status: SdkStatus;
  error: IamportError | null;
  retry: () => void;
  locale: Locale;
}

const IamportContext = createContext<IamportContextValue | null>(null);
IamportContext.displayName = "IamportContext";

export const IamportContextProvider = IamportContext.Provider;

/** The provider's context; throws the kit's one misuse message when there is no provider. */
export function useIamportContext(hookName: string): IamportContextValue {
  const context = useContext(IamportContext);
  if (!context) throw new Error(`\`${hookName}\` must be used within \`<IamportProvider>\`.`);
  return context;
}

/** The provider's locale, for components (their texts); throws the misuse message naming `name`. */
export function useLocale(name: string): Locale {
  return useIamportContext(name).locale;
}

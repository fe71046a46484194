import { useMemo } from "react";
import { useLocale } from "../context";
import { MESSAGES, mergeMessages, type MessageOverrides, type Messages } from "./messages";

/** The provider locale's texts with the component's `messages` overrides on top. */
export function useTexts(component: string, overrides?: MessageOverrides): { text: Messages; locale: "ko" | "en" } {
  const locale = useLocale(component);
  const text = useMemo(() => mergeMessages(MESSAGES[locale], overrides), [locale, overrides]);
  return { text, locale };
}

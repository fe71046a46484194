import { useRef, useState } from "react";
import type { VbankInfo } from "../../index";
import type { Messages } from "./messages";

function deadline(date: VbankInfo["vbank_date"], locale: string): string | undefined {
  if (date === undefined || date === "") return undefined;
  const when = typeof date === "number" ? new Date(date * 1000) : new Date(date);
  return Number.isNaN(when.getTime())
    ? String(date)
    : new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Seoul" }).format(when);
}

/** Bank, account number with a copy button, holder and deadline of an issued virtual account. */
export function VbankDetails({ vbank, text, locale }: { vbank: VbankInfo; text: Messages; locale: string }) {
  const [copied, setCopied] = useState(false);
  const due = deadline(vbank.vbank_date, locale);
  const number = useRef<HTMLSpanElement>(null);
  // Without a clipboard API (a page on http, some in-app browsers) or when it refuses, the number is selected and
  // copied the old way; where even that fails it stays selected for the buyer's own copy, and "copied" is not shown.
  const select = () => {
    if (number.current) getSelection()?.selectAllChildren(number.current);
    setCopied(!!document.execCommand?.("copy"));
  };
  const copy = () =>
    navigator.clipboard
      ? void navigator.clipboard.writeText(vbank.vbank_num ?? "").then(() => setCopied(true), select)
      : select();
  return (
    <>
      <dt>{text.bank}</dt>
      <dd>{vbank.vbank_name}</dd>
      <dt>{text.account}</dt>
      <dd className="iamport-vbank__account">
        <span ref={number} className="iamport-vbank__number">
          {vbank.vbank_num}
        </span>
        <button type="button" className="iamport-copy" onClick={copy}>
          {copied ? text.copied : text.copy}
        </button>
      </dd>
      {vbank.vbank_holder && (
        <>
          <dt>{text.holder}</dt>
          <dd>{vbank.vbank_holder}</dd>
        </>
      )}
      {due && (
        <>
          <dt>{text.deadline}</dt>
          <dd>{due}</dd>
        </>
      )}
    </>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { PaymentOutcome, PaymentRequest, PayMethod } from "../../index";
import { useIamport } from "../useIamport";
import { usePayment } from "../usePayment";
import { cx } from "./cx";
import { dispatchOutcome } from "./dispatch";
import { MethodIcon, Spinner } from "./Icons";
import { formatAmount, type MessageOverrides, type Messages } from "./messages";
import { PaymentResult } from "./PaymentResult";
import { useIsClient } from "./useIsClient";
import { useTexts } from "./useTexts";

/** The buyer fields the form asks for, in order. */
const FIELDS = ["name", "tel", "email"] as const;
type Field = (typeof FIELDS)[number];

/** What the buyer typed: name, mobile number and e-mail. */
export type BuyerValues = Record<Field, string>;
type OrderParams = Omit<PaymentRequest, "pay_method" | "buyer_name" | "buyer_tel" | "buyer_email">;

export interface CheckoutFormProps {
  /** The order; pay method and buyer fields come from the form. A function is called at submit time. */
  params: OrderParams | (() => OrderParams);
  /** Pay methods to offer as chips, in order; default `["card"]` (no chips for one method). */
  payMethods?: PayMethod[];
  /** The chosen method when you control it. */
  payMethod?: PayMethod;
  /** The method chosen at first; default the first of `payMethods`. */
  defaultPayMethod?: PayMethod;
  /** Called when the buyer picks another method. */
  onPayMethodChange?: (method: PayMethod) => void;
  /** Controlled buyer values; or `defaultBuyer` for uncontrolled use. */
  buyer?: Partial<BuyerValues>;
  /** The buyer fields' first values (uncontrolled). */
  defaultBuyer?: Partial<BuyerValues>;
  /** Called on every edit of a buyer field. */
  onBuyerChange?: (buyer: BuyerValues) => void;
  /** Which buyer fields must be filled; default name and tel (many PGs refuse a payment without `buyer_tel`). */
  required?: Field[];
  /** A consent checkbox that must be ticked before paying: `true` for the default text, or your own label. */
  terms?: ReactNode;
  /** Every outcome. */
  onOutcome?: (outcome: PaymentOutcome) => void;
  /** Paid and confirmed by your server: the form is replaced by its result. */
  onPaid?: (outcome: Extract<PaymentOutcome, { status: "paid" }>) => void;
  /** A virtual account was issued: the form is replaced by the deposit details. */
  onReady?: (outcome: Extract<PaymentOutcome, { status: "ready" }>) => void;
  /** Offers "New order" on the result screen; called after the form is reset. Without it there is none. */
  onNewOrder?: () => void;
  /** Per-text overrides (see the README's theming table). */
  messages?: MessageOverrides;
  /** Your own class on the root element, next to the kit's. */
  className?: string;
}

const EMPTY: BuyerValues = { name: "", tel: "", email: "" };
const PATTERN: Partial<Record<Field, RegExp>> = {
  tel: /^0\d{1,2}-?\d{3,4}-?\d{4}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/** Props tying an input to its inline message, and the message itself. */
function described(id: string, error: string | null) {
  return {
    input: { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined },
    message: error && (
      <p id={`${id}-error`} className="iamport-field__error">
        {error}
      </p>
    ),
  };
}

/** What is checked and sent: trimmed; a phone number as autofill writes it ("+82 10-1234-5678") made domestic. */
const clean = (field: Field, value: string) =>
  field === "tel" ? value.replace(/\s/g, "").replace(/^\+82-?/, "0") : value.trim();

function problem(field: Field, value: string, required: Field[], text: Messages): string | null {
  value = clean(field, value);
  if (!value) return required.includes(field) ? text.required : null;
  if (PATTERN[field]?.test(value) === false) return field === "tel" ? text.invalidTel : text.invalidEmail;
  return null;
}

/**
 * A drop-in checkout over `usePayment`: order summary, pay-method chips, buyer fields with inline validation,
 * optional consent; locked while paying, and replaced by its result once paid or a virtual account is issued.
 */
export function CheckoutForm({
  params,
  payMethods = ["card"],
  required = ["name", "tel"],
  terms,
  messages,
  className,
  onNewOrder,
  ...props
}: CheckoutFormProps) {
  const payment = usePayment({
    onOutcome: (outcome) => dispatchOutcome(outcome, props.onOutcome, { paid: props.onPaid, ready: props.onReady }),
  });
  const { text, locale } = useTexts("CheckoutForm", messages);
  const client = useIsClient();
  const id = useId();
  const [ownBuyer, setOwnBuyer] = useState<BuyerValues>({ ...EMPTY, ...props.defaultBuyer });
  const [ownMethod, setOwnMethod] = useState<PayMethod>(props.defaultPayMethod ?? payMethods[0] ?? "card");
  const [agreed, setAgreed] = useState(false);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const [edited, setEdited] = useState<Set<string>>(new Set());
  const inputs = useRef<Partial<Record<Field | "terms", HTMLInputElement | null>>>({});

  const buyer: BuyerValues = props.buyer ? { ...EMPTY, ...props.buyer } : ownBuyer;
  const method = props.payMethod ?? ownMethod;
  const order = typeof params === "function" ? params() : params;
  const currency = order.currency ?? "KRW";
  const amount = formatAmount(order.amount, currency, locale);
  const errors: Record<Field | "terms", string | null> = {
    ...(Object.fromEntries(FIELDS.map((f) => [f, problem(f, buyer[f], required, text)])) as Record<
      Field,
      string | null
    >),
    terms: terms && !agreed ? text.termsRequired : null,
  };
  // A delayed confirmation may already be paid: only "check again" is offered, never a second payment.
  const delayed = payment.error?.code === "VERIFY_FAILED";
  const locked = !client || payment.isPending || delayed;
  // While the SDK loads a click could open the window only after an await, where popup PGs are blocked.
  const sdk = useIamport().status;
  const loading = sdk === "loading";
  const done = client && payment.status === "success";
  const result = useRef<HTMLDivElement>(null);
  // The result replaces the form and the button that had focus: a screen reader hears the result there, and
  // Tab goes on from it, instead of focus falling back to the page's start. Focus the buyer moved is left alone.
  useEffect(() => {
    if (done && document.activeElement === document.body) result.current?.focus();
  }, [done]);

  if (done) {
    return (
      <div ref={result} tabIndex={-1} className={cx("iamport-form", className)} data-state="success">
        <PaymentResult
          outcome={payment.outcome}
          kind="payment"
          amount={order.amount}
          currency={currency}
          messages={messages}
          onNewOrder={
            onNewOrder &&
            (() => {
              payment.reset();
              onNewOrder();
            })
          }
        />
      </div>
    );
  }

  const show = (key: string) => setShown((s) => new Set(s).add(key));
  const update = (field: Field, value: string) => {
    setEdited((s) => (s.has(field) ? s : new Set(s).add(field)));
    const next = { ...buyer, [field]: value };
    if (!props.buyer) setOwnBuyer(next);
    props.onBuyerChange?.(next);
  };
  const choose = (next: PayMethod) => {
    if (props.payMethod === undefined) setOwnMethod(next);
    props.onPayMethodChange?.(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked || loading) return;
    const invalid = (Object.keys(errors) as (keyof typeof errors)[]).filter((key) => errors[key]);
    if (invalid.length) {
      setShown(new Set(Object.keys(errors)));
      inputs.current[invalid[0]]?.focus();
      return;
    }
    // Called synchronously inside the submit event so popup-based PG windows are not blocked.
    const request: PaymentRequest = { ...(typeof params === "function" ? params() : params), pay_method: method };
    // A blank optional field is left out: i'mport rejects an empty `buyer_tel`.
    for (const f of FIELDS) if (clean(f, buyer[f])) request[`buyer_${f}`] = clean(f, buyer[f]);
    void payment.requestPay(request);
  };

  const field = (name: Field) => {
    const key = (name[0].toUpperCase() + name.slice(1)) as Capitalize<Field>;
    const error = shown.has(name) ? errors[name] : null;
    const hint = described(`${id}-${name}`, error);
    return (
      <div key={name} className="iamport-field" data-invalid={error ? "" : undefined}>
        <label htmlFor={`${id}-${name}`}>
          {text[`buyer${key}`]}
          {required.includes(name) && <span aria-hidden="true"> *</span>}
        </label>
        <input
          ref={(node) => void (inputs.current[name] = node)}
          id={`${id}-${name}`}
          name={name}
          type={name === "name" ? "text" : name}
          autoComplete={name}
          placeholder={text[`placeholder${key}`]}
          value={buyer[name]}
          required={required.includes(name)}
          {...hint.input}
          onChange={(e) => update(name, e.target.value)}
          // Errors appear after a submit or a real edit, not when tabbing past an empty field.
          onBlur={() => edited.has(name) && show(name)}
        />
        {hint.message}
      </div>
    );
  };

  const termsError = shown.has("terms") ? errors.terms : null;
  const termsHint = described(`${id}-terms`, termsError);
  return (
    <form
      className={cx("iamport-form", className)}
      data-state={client ? payment.status : "placeholder"}
      data-sdk={client ? sdk : "placeholder"}
      noValidate
      onSubmit={submit}
      aria-busy={payment.isPending || undefined}
    >
      <section className="iamport-summary" aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>{text.orderSummary}</h2>
        <dl>
          {order.name && (
            <>
              <dt>{text.orderName}</dt>
              <dd>{order.name}</dd>
            </>
          )}
          <dt>{text.amount}</dt>
          <dd className="iamport-summary__amount">{amount}</dd>
          {order.tax_free ? (
            <>
              <dt>{text.taxFree}</dt>
              <dd>{formatAmount(order.tax_free, currency, locale)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <fieldset className="iamport-form__fields" disabled={locked}>
        {payMethods.length > 1 && (
          <fieldset className="iamport-methods">
            <legend>{text.payMethod}</legend>
            <div className="iamport-methods__chips">
              {payMethods.map((m) => (
                <label key={m} className="iamport-method" data-checked={m === method ? "" : undefined}>
                  <input
                    className="iamport-visually-hidden"
                    type="radio"
                    name={`${id}-method`}
                    value={m}
                    checked={m === method}
                    onChange={() => choose(m)}
                  />
                  <MethodIcon method={m} />
                  <span>{text.methods[m] ?? m}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {FIELDS.map(field)}
        {terms && (
          <div className="iamport-terms" data-invalid={termsError ? "" : undefined}>
            <input
              ref={(node) => void (inputs.current.terms = node)}
              id={`${id}-terms`}
              className="iamport-visually-hidden"
              type="checkbox"
              checked={agreed}
              {...termsHint.input}
              onChange={(e) => setAgreed(e.target.checked)}
            />
            <label htmlFor={`${id}-terms`}>
              <span className="iamport-check" aria-hidden="true">
                <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
                  <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </span>
              <span>{terms === true ? text.agreeTerms : terms}</span>
            </label>
            {termsHint.message}
          </div>
        )}
      </fieldset>
      <button
        type="submit"
        className="iamport-button iamport-form__submit"
        data-state={client ? payment.status : "placeholder"}
        disabled={locked || loading}
        aria-busy={payment.isPending || undefined}
      >
        <span className="iamport-button__label">{text.payAmount(amount)}</span>
        {payment.isPending && <Spinner />}
      </button>
      <PaymentResult
        outcome={payment.outcome}
        kind="payment"
        pending={payment.isPending}
        phase={payment.phase}
        amount={order.amount}
        currency={currency}
        onRetry={() => void payment.retry()}
        messages={messages}
      />
    </form>
  );
}
